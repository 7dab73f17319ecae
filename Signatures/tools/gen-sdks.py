#!/usr/bin/env python3
"""Generate Signatures/sdks/libchecker.json and Signatures/sdks/exodus.json.

Inputs (facts only: names, prefixes, vendors, URLs; no prose is copied):
  ../shared/reference/libchecker/{rules,libraries}.tsv   LibChecker-Rules, Apache-2.0
  ../shared/reference/exodus/trackers.json                Exodus Privacy tracker list, ODbL 1.0

Patterns that a hand-curated SDK (sdks/curated-*.json) already owns, exactly or nested under
one of its prefixes, are left out, so curated entries win. Regular expressions are turned into
package prefixes or native-library globs when they are that simple, and otherwise skipped
(the skipped ones are listed in each file's "skipped").

Usage: python3 Signatures/tools/gen-sdks.py [--reference DIR]
"""
import argparse, csv, glob, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SIG = os.path.dirname(HERE)

# Category from words in a LibChecker label or vendor (first hit wins). Libraries that are
# only code (UI toolkits, runtimes) are "library"; they are shown but not treated as data recipients.
CATEGORY_WORDS = [
    ("push", ["推送", "push", "jpush", "getui", "个推", "mipush", "信鸽"]),
    ("ads", ["广告", " ad sdk", "ads", "admob", "pangle", "穿山甲", "优量汇", "gdt", "mintegral", "sigmob", "applovin",
             "ironsource", "unity ads", "vungle", "chartboost", "inmobi", "adcolony", "tapjoy", "联盟", "mobvista", "topon", "anythink"]),
    ("analytics", ["统计", "analytics", "数据分析", "talkingdata", "growingio", "sensors", "神策", "appsflyer", "adjust", "bugly统计"]),
    ("crash", ["crash", "bugly", "崩溃", "acra", "sentry", "apm", "性能监控"]),
    ("map", ["地图", "定位", "map", "location", "导航", "lbs"]),
    ("payment", ["支付", "pay", "银联", "unionpay", "收银"]),
    ("login", ["登录", "login", "一键", "号码认证", "auth", "oauth", "账号"]),
    ("share", ["分享", "share", "social", "社会化"]),
    ("identity", ["oaid", "msa", "设备标识", "设备指纹", "风控", "risk", "反欺诈", "数美", "同盾", "顶象", "utdid", "captcha", "验证"]),
    ("biometrics", ["人脸", "活体", "face", "liveness", "实人", "ocr", "身份证", "旷视", "megvii", "商汤", "sensetime"]),
    ("im", ["即时通讯", "im sdk", "云信", "融云", "环信", "im ", "聊天"]),
    ("rtc", ["音视频", "rtc", "agora", "声网", "直播", "trtc", "zego", "即构"]),
    ("webview", ["x5", "tbs", "浏览", "webview", "内核", "crosswalk", "uc "]),
    ("speech", ["语音", "speech", "讯飞", "iflytek", "asr", "tts"]),
    ("update", ["更新", "update", "热修复", "hotfix", "tinker", "sophix", "robust"]),
    ("security", ["加固", "安全", "protect", "jiagu", "legu", "bangcle", "梆梆", "爱加密", "security"]),
    ("cloud", ["云", "cloud", "存储", "oss", "cos", "cdn", "httpdns", "mpaas"]),
    ("game", ["游戏", "game", "unity", "cocos", "unreal", "godot", "libgdx"]),
    ("media", ["播放", "player", "video", "视频", "ffmpeg", "exoplayer", "ijk", "图片", "image", "audio", "音频"]),
    ("library", ["jetpack", "support library", "kotlin", "androidx", "compose", "okhttp", "retrofit", "glide", "gson",
                 "rxjava", "flutter", "react native", "xamarin", "qt", "python", "sqlite", "realm", "jni", "runtime"]),
]
EXODUS_CATEGORY = {"Analytics": "analytics", "Advertisement": "ads", "Crash reporting": "crash",
                   "Identification": "identity", "Location": "map", "Profiling": "analytics"}


def slug(s):
    t = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return t


def ident(prefix, label):
    s = slug(label)
    if s and all(ord(c) < 128 for c in label):
        return prefix + s
    # Chinese (or mixed) labels: keep the ASCII words and make the id stable with a short hash.
    h = hashlib.sha1(label.encode()).hexdigest()[:6]
    return prefix + (s + "-" if s and s != "sdk" else "") + h


# Hosts of open-source code: an entry with no category word whose home is one of these is a
# code library (it sends nothing to a third party by itself).
OPEN_SOURCE_HOSTS = ["github.com", "gitlab.", "sourceforge.net", "bitbucket.org", "googlesource.com", "apache.org", "gitee.com", "codeberg.org"]


def category_for(label, vendor, url=None):
    text = (" " + label + " " + (vendor or "") + " ").lower()

    def hit(w):
        w = w.strip()
        # ASCII words on word boundaries ("ads" is not in "RenderHeads", "map" not in "Bitmap").
        if all(ord(c) < 128 for c in w):
            return re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", text) is not None
        return w in text
    for cat, words in CATEGORY_WORDS:
        if any(hit(w) for w in words):
            return cat
    if url and any(h in url.lower() for h in OPEN_SOURCE_HOSTS):
        return "library"
    return "other"


def regex_to_glob(rx):
    """`libAMapSDK_MAP_v(.*)\\.so` -> `libAMapSDK_MAP_v*.so`; None when it is more than that."""
    g = rx.replace("(.*)", "*").replace("\\.", ".").replace(".*", "*")
    return None if re.search(r"[\\\[\](){}+?^$|]", g) else g


def regex_to_prefix(rx):
    """`com.x.y.(.*)` -> `com.x.y`; None when it is more than a package prefix."""
    m = re.fullmatch(r"([A-Za-z0-9_.]+?)\.?\(\.\*\)", rx)
    return m.group(1).rstrip(".") if m else None


def curated_patterns():
    prefixes, libs, comps = [], set(), set()
    for path in sorted(glob.glob(os.path.join(SIG, "sdks", "curated-*.json"))):
        for s in json.load(open(path, encoding="utf-8"))["sdks"]:
            prefixes += [(p.rstrip("."), s["id"]) for p in s.get("packagePrefixes", [])]
            libs |= {l.lower() for l in s.get("nativeLibs", [])}
            comps |= set(s.get("components", []))
    return prefixes, libs, comps


def under(name, prefixes):
    for p, owner in prefixes:
        if name == p or name.startswith(p + "."):
            return owner
    return None


def finish(entries, cur_prefixes, cur_libs, cur_comps):
    """Drops patterns curated entries own; returns kept entries (sorted) and the count dropped."""
    out, dropped = [], 0
    for e in entries:
        pp = [p for p in e["packagePrefixes"] if not under(p, cur_prefixes)]
        cc = [c for c in e["components"] if c not in cur_comps and not under(c, cur_prefixes)]
        ll = [l for l in e["nativeLibs"] if l.lower() not in cur_libs]
        dropped += (len(e["packagePrefixes"]) - len(pp)) + (len(e["components"]) - len(cc)) + (len(e["nativeLibs"]) - len(ll))
        e["packagePrefixes"], e["components"], e["nativeLibs"] = sorted(set(pp)), sorted(set(cc)), sorted(set(ll))
        for k in ["packagePrefixes", "components", "nativeLibs"]:
            if not e[k]:
                del e[k]
        if any(k in e for k in ["packagePrefixes", "components", "nativeLibs"]):
            out.append(e)
    return sorted(out, key=lambda e: e["id"]), dropped


def write(path, header, entries):
    lines = ["{"]
    for k, v in header.items():
        lines.append("  %s: %s," % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
    lines.append('  "sdks": [')
    for i, e in enumerate(entries):
        lines.append("    " + json.dumps(e, ensure_ascii=False) + ("," if i < len(entries) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def libchecker(ref, cur):
    libs = {}
    with open(os.path.join(ref, "libchecker", "libraries.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            libs[row["label"].strip()] = row
    by_label, skipped = {}, []
    with open(os.path.join(ref, "libchecker", "rules.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            label, kind, name, rx = row["label"].strip(), row["kind"], row["name"].strip(), row["is_regex"] == "1"
            info = libs.get(label, {})
            e = by_label.setdefault(label, {
                "id": ident("libchecker/", label), "nameEn": label, "vendor": (info.get("team") or "").strip() or None,
                "category": category_for(label, info.get("team"), info.get("url")), "packagePrefixes": [], "components": [], "nativeLibs": [],
                "collectsKnown": False, "website": (info.get("url") or "").strip() or None, "source": "libchecker"})
            if not all(ord(c) < 128 for c in label):
                e["nameZh"] = label
            if kind == "native-lib":
                g = regex_to_glob(name) if rx else name
                (e["nativeLibs"].append(g) if g else skipped.append(kind + " " + name))
            elif kind == "dex-package":
                p = regex_to_prefix(name) if rx else name
                (e["packagePrefixes"].append(p) if p else skipped.append(kind + " " + name))
            elif kind in ("activity", "service", "receiver", "provider"):
                if rx:
                    p = regex_to_prefix(name)
                    (e["packagePrefixes"].append(p) if p else skipped.append(kind + " " + name))
                else:
                    e["components"].append(name)
            else:
                skipped.append(kind + " " + name)
    entries = []
    for e in by_label.values():
        entries.append({k: v for k, v in e.items() if v is not None})
    # Two labels may slug to the same id: make ids unique.
    seen = {}
    for e in sorted(entries, key=lambda e: e["nameEn"]):
        n = seen.get(e["id"], 0)
        seen[e["id"]] = n + 1
        if n:
            e["id"] += "-%d" % (n + 1)
    return entries, skipped


def exodus(ref):
    data = json.load(open(os.path.join(ref, "exodus", "trackers.json"), encoding="utf-8"))["trackers"]
    items = data.values() if isinstance(data, dict) else data
    entries, skipped, seen, claimed = [], [], {}, {}
    for t in sorted(items, key=lambda t: int(t["id"])):
        pp = []
        for s in (t.get("code_signature") or "").split("|"):
            s = s.strip()
            if not s:
                continue
            # Exodus signatures are searched anywhere in a class name; those starting with "."
            # name a class suffix, which a package index cannot express.
            if s.startswith(".") or not re.fullmatch(r"[A-Za-z0-9_.$]+", s):
                skipped.append("%s: %s" % (t["name"], s))
                continue
            p = s.rstrip(".")
            # Two trackers with one signature (renamed products): the older entry keeps it.
            if claimed.setdefault(p, t["name"]) != t["name"]:
                skipped.append("%s: %s (also %s)" % (t["name"], s, claimed[p]))
                continue
            pp.append(p)
        if not pp:
            continue
        i = "exodus/" + slug(t["name"])
        n = seen.get(i, 0)
        seen[i] = n + 1
        cats = t.get("categories") or []
        e = {"id": i + ("-%d" % (n + 1) if n else ""), "nameEn": t["name"].strip(),
             "category": EXODUS_CATEGORY.get(cats[0], "tracker") if cats else "tracker",
             "packagePrefixes": pp, "components": [], "nativeLibs": [], "collectsKnown": False,
             "source": "exodus", "exodusId": int(t["id"])}
        if t.get("website"):
            e["website"] = t["website"].strip()
        entries.append(e)
    return entries, skipped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reference", default=os.path.join(SIG, "..", "..", "shared", "reference"))
    ref = os.path.abspath(ap.parse_args().reference)
    cur = curated_patterns()
    lc, lc_skipped = libchecker(ref, cur)
    lc, lc_dropped = finish(lc, *cur)
    write(os.path.join(SIG, "sdks", "libchecker.json"), {
        "_comment": "GENERATED by Signatures/tools/gen-sdks.py from LibChecker-Rules (Apache-2.0, see LICENSES/). Do not edit: add or fix SDKs in curated-cn.json, which wins over this file.",
        "source": "libchecker", "priority": 40, "licence": "Apache-2.0 (LibChecker-Rules)",
        "droppedForCurated": lc_dropped, "skipped": sorted(lc_skipped)}, lc)
    ex, ex_skipped = exodus(ref)
    ex, ex_dropped = finish(ex, *cur)
    write(os.path.join(SIG, "sdks", "exodus.json"), {
        "_comment": "GENERATED by Signatures/tools/gen-sdks.py from the Exodus Privacy tracker list. This file is a derived database under the Open Database License 1.0 (see LICENSES/ODbL-1.0.txt): credit Exodus Privacy (https://exodus-privacy.eu.org) and keep it under the ODbL. Do not edit: curated-cn.json wins over this file.",
        "source": "exodus", "priority": 50, "licence": "ODbL-1.0 (Exodus Privacy)",
        "droppedForCurated": ex_dropped, "skipped": sorted(ex_skipped)}, ex)
    print("libchecker: %d SDKs (%d patterns left to curated, %d rules skipped); exodus: %d SDKs (%d left to curated, %d signatures skipped)"
          % (len(lc), lc_dropped, len(lc_skipped), len(ex), ex_dropped, len(ex_skipped)))


if __name__ == "__main__":
    main()
