#!/usr/bin/env python3
"""Writes the sources of the sample apps into Samples/apk/src/<name>/ (manifest, zh resources and
layouts, assets with the bundled policy, smali) and their expected.json, from the specs in
samples.py. build.sh then builds them with aapt, smali, zipalign and apksigner.

    generate.py            write every sample
    generate.py NAME...    only these

Resource ids in the smali (setContentView) are the ones aapt assigns: each sample's resources are
compiled once with `aapt package -J` and the ids read back from R.java.

expected.json keeps its "pending" list across runs: a rule listed there stays out of mustFire
until it is taken off the list (see scripts/eval.py --promote).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from app_parts import Sources               # noqa: E402
from policy_parts import policy_html        # noqa: E402
from sdk_parts import SDKS                  # noqa: E402
from samples import SAMPLES                 # noqa: E402

FRAMEWORK = "/usr/share/android-framework-res/framework-res.apk"
ANDROID_NS = 'xmlns:android="http://schemas.android.com/apk/res/android"'


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def res_string(s):
    # aapt string resources: escape apostrophes and quotes as Android requires.
    return xml_escape(s).replace("'", "\\'")


def manifest(s):
    pkg = s["package"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<manifest %s' % ANDROID_NS,
           '    package="%s"' % pkg,
           '    android:versionCode="%d"' % s.get("versionCode", 12),
           '    android:versionName="%s">' % s.get("versionName", "1.2.0"),
           '    <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="%d"/>' % s.get("target", 30)]
    perms = list(s.get("permissions", []))
    for sdk in s.get("sdks", []):
        perms += SDKS[sdk]["permissions"]
    for p in sorted(set(perms)):
        out.append('    <uses-permission android:name="%s"/>' % p)
    app_attrs = ['android:label="@string/app_name"', 'android:allowBackup="false"']
    if s.get("packer"):
        app_attrs.insert(0, 'android:name="com.stub.StubApp"')
    elif s.get("application"):
        app_attrs.insert(0, 'android:name=".%s"' % s["application"].replace("/", "."))
    out.append("    <application %s>" % " ".join(app_attrs))
    out += ['        <activity android:name=".SplashActivity" android:exported="true">',
            '            <intent-filter>',
            '                <action android:name="android.intent.action.MAIN"/>',
            '                <category android:name="android.intent.category.LAUNCHER"/>',
            '            </intent-filter>',
            '        </activity>',
            '        <activity android:name=".MainActivity" android:exported="false"/>']
    if s.get("login"):
        out.append('        <activity android:name=".LoginActivity" android:exported="false"/>')
    if s.get("settings"):
        out.append('        <activity android:name=".SettingsActivity" android:exported="false"/>')
    if s.get("rationale"):
        out.append('        <activity android:name=".%s" android:exported="false"/>' % s["rationale"]["activity"].replace("/", "."))
    for name, kind in s.get("services", []):
        extra = ' android:foregroundServiceType="location"' if kind == "location" else \
            ' android:permission="android.permission.BIND_JOB_SERVICE"' if kind == "job" else ""
        out.append('        <service android:name=".%s" android:exported="false"%s/>' % (name.replace("/", "."), extra))
    for name, _ in s.get("receivers", []):
        out.append('        <receiver android:name=".%s" android:exported="true">' % name.replace("/", "."))
        for actions, data in s.get("receiver_filters", []):
            out.append("            <intent-filter>")
            for a in actions:
                out.append('                <action android:name="%s"/>' % a)
            if data:
                out.append('                <data android:scheme="%s"/>' % data)
            out.append("            </intent-filter>")
        out.append("        </receiver>")
    for sdk in s.get("sdks", []):
        for line in SDKS[sdk]["manifest"].replace("{pkg}", pkg).splitlines():
            out.append("        " + line)
    out += ["    </application>", "</manifest>", ""]
    return "\n".join(out)


def layout(root_children, orientation="vertical"):
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<LinearLayout %s\n    android:layout_width="match_parent"\n    android:layout_height="match_parent"\n'
            '    android:orientation="%s"\n    android:padding="16dp">\n%s</LinearLayout>\n') % (ANDROID_NS, orientation, root_children)


def view(tag, attrs, indent="    "):
    a = ['android:layout_width="%s"' % attrs.pop("width", "match_parent"),
         'android:layout_height="wrap_content"']
    a += ['android:%s="%s"' % (k, v) for k, v in attrs.items()]
    return "%s<%s %s/>\n" % (indent, tag, " ".join(a))


def resources(s):
    """strings.xml and the layouts; returns {relative path: text}."""
    strings = [("app_name", s["label"])] + list(s.get("strings", []))
    files = {}
    # Splash: logo text only; the consent dialog is built in code.
    files["res/layout/activity_splash.xml"] = layout(
        view("TextView", {"text": "@string/app_name", "textSize": "28sp", "gravity": "center"})
        + view("TextView", {"text": "@string/slogan", "gravity": "center"}))
    strings.append(("slogan", s.get("slogan", "让生活更简单")))
    main = ""
    for i, (text, click) in enumerate(s.get("main_buttons", [])):
        key = "main_button_%d" % i
        strings.append((key, text))
        attrs = {"id": "@+id/main_button_%d" % i, "text": "@string/" + key}
        if click:
            attrs["onClick"] = click
        main += view("Button", attrs)
    if not main:
        main = view("TextView", {"text": "@string/app_name"})
    files["res/layout/activity_main.xml"] = layout(main)
    login = s.get("login")
    if login:
        strings += [("login_title", "手机号登录"), ("hint_phone", "请输入手机号"), ("hint_code", "请输入验证码"),
                    ("login", "登录"), ("register", "注册新账号")]
        body = (view("TextView", {"text": "@string/login_title", "textSize": "22sp"})
                + view("EditText", {"id": "@+id/phone", "hint": "@string/hint_phone", "inputType": "phone"})
                + view("EditText", {"id": "@+id/code", "hint": "@string/hint_code", "inputType": "number"}))
        if login in ("checked", "unchecked"):
            strings.append(("agreement", "我已阅读并同意《用户协议》和《隐私政策》"))
            body += ('    <LinearLayout\n        android:layout_width="match_parent"\n        android:layout_height="wrap_content"\n'
                     '        android:orientation="horizontal">\n'
                     + view("CheckBox", {"id": "@+id/agree", "width": "wrap_content",
                                         "checked": "true" if login == "checked" else "false"}, "        ")
                     + view("TextView", {"id": "@+id/agreement_text", "text": "@string/agreement"}, "        ")
                     + "    </LinearLayout>\n")
        body += view("Button", {"id": "@+id/login", "text": "@string/login", "onClick": "onLoginClick"})
        if login == "implied":
            strings.append(("agreement", "登录即代表您已阅读并同意《用户协议》和《隐私政策》"))
            body += view("TextView", {"id": "@+id/agreement_text", "text": "@string/agreement", "textSize": "12sp"})
        body += view("TextView", {"id": "@+id/register", "text": "@string/register"})
        files["res/layout/activity_login.xml"] = layout(body)
    settings = s.get("settings")
    if settings:
        body = ""
        for i, (text, tag) in enumerate(settings):
            key = "setting_%d" % i
            strings.append((key, text))
            attrs = {"id": "@+id/setting_%d" % i, "text": "@string/" + key, "padding": "12dp"}
            if tag == "TextView":
                attrs["onClick"] = "onItemClick"
            body += view(tag, attrs)
        files["res/layout/activity_settings.xml"] = layout(body)
    r = s.get("rationale")
    if r:
        strings.append(("rationale_button", r["button"]))
        files["res/layout/%s.xml" % r["layout"]] = layout(
            view("Button", {"id": "@+id/action", "text": "@string/rationale_button", "onClick": r["click"]}))
    body = "".join('    <string name="%s">%s</string>\n' % (k, res_string(v)) for k, v in strings)
    files["res/values/strings.xml"] = '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n%s</resources>\n' % body
    if s.get("label_en"):
        files["res/values-en/strings.xml"] = ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
                                              '    <string name="app_name">%s</string>\n</resources>\n' % res_string(s["label_en"]))
    return files


def resource_ids(manifest_path, res_dir):
    """Compiles the resources once and reads the ids aapt gives them from R.java."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["aapt", "package", "-f", "-m", "-J", tmp, "-M", manifest_path, "-S", res_dir, "-I", FRAMEWORK],
                       check=True, stdout=subprocess.DEVNULL)
        ids = {}
        for root, _, files in os.walk(tmp):
            for f in files:
                if f == "R.java":
                    text = open(os.path.join(root, f), encoding="utf-8").read()
                    for m in re.finditer(r"public static final class (\w+) \{(.*?)\n    \}", text, re.S):
                        for n, v in re.findall(r"public static final int (\w+)=0x([0-9a-f]+);", m.group(2)):
                            ids["%s/%s" % (m.group(1), n)] = int(v, 16)
        return ids


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as fh:
        fh.write(text)


def expected(s, old):
    """expected.json: mustFire minus what the pending list still holds."""
    pending = [p for p in old.get("pending", []) if p.get("rule") in s["fire"]]
    held = {p["rule"] for p in pending}
    doc = {"description": s["about"],
           "mustFire": sorted(r for r in s["fire"] if r not in held),
           "mustNotFire": sorted(s["notFire"])}
    if pending:
        doc["pending"] = sorted(pending, key=lambda p: p["rule"])
    if s.get("policy_file"):
        doc["policy"] = "../../../policies/%s" % s["policy_file"]
    if s.get("category"):
        doc["category"] = s["category"]
    clash = set(doc["mustFire"]) & set(doc["mustNotFire"])
    if clash:
        raise SystemExit("%s: both must and must not fire: %s" % (s["name"], clash))
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def generate(s):
    d = os.path.join(HERE, "src", s["name"])
    old = {}
    if os.path.exists(os.path.join(d, "expected.json")):
        with open(os.path.join(d, "expected.json"), encoding="utf-8") as fh:
            old = json.load(fh)
    if os.path.isdir(d):
        shutil.rmtree(d)
    write(os.path.join(d, "AndroidManifest.xml"), manifest(s))
    for rel, text in resources(s).items():
        write(os.path.join(d, rel), text)
    pol = s.get("policy")
    if pol is not None:
        text = policy_html(s["label"], s.get("operator", "上海明察示例科技有限公司"), **pol)
        if s.get("policy_file"):
            write(os.path.join(HERE, "..", "policies", s["policy_file"]), text)
        else:
            write(os.path.join(d, "assets", "privacy_policy.html"), text)
    for rel, data in s.get("assets", {}).items():
        write(os.path.join(d, "assets", rel), data, "wb" if isinstance(data, bytes) else "w")
    ids = resource_ids(os.path.join(d, "AndroidManifest.xml"), os.path.join(d, "res"))
    for desc, text in sorted(Sources(s, ids).build().items()):
        write(os.path.join(d, "smali", desc[1:-1] + ".smali"), text)
    write(os.path.join(d, "expected.json"), expected(s, old))


def main():
    names = sys.argv[1:]
    known = {s["name"] for s in SAMPLES}
    for n in names:
        if n not in known:
            raise SystemExit("generate.py: no sample %s" % n)
    for s in SAMPLES:
        if not names or s["name"] in names:
            generate(s)
            print("wrote src/%s" % s["name"])


if __name__ == "__main__":
    main()
