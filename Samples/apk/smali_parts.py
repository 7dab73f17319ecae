"""Smali building blocks for the sample apps: framework calls as real apps write them (javac/d8
style), helper classes, and stand-ins for third-party SDKs under their real package names.

Every snippet here is plain smali text; `generate.py` composes them into one sample's sources.
"""

CTX = "Landroid/content/Context;"


def cls(name, sup, body, implements=(), source=None, access="public"):
    """A whole class file. `name` is a descriptor (Lcom/x/Y;)."""
    src = source or name.strip("L;").split("/")[-1].split("$")[0] + ".java"
    lines = [".class %s %s" % (access, name), ".super %s" % sup, '.source "%s"' % src, ""]
    for i in implements:
        lines.append(".implements %s" % i)
    if implements:
        lines.append("")
    return "\n".join(lines) + "\n" + body.strip("\n") + "\n"


def ctor(sup, fields=()):
    """Default constructor; `fields` = [(name, descriptor)] stored from the parameters in order."""
    params = "".join(d for _, d in fields)
    lines = [".field final %s:%s" % f for f in fields] + ([""] if fields else [])
    lines += [".method public constructor <init>(%s)V" % params, "    .locals 0"]
    for i, (fname, d) in enumerate(fields):
        lines.append("    iput-object p%d, p0, %s->%s:%s" % (i + 1, "{SELF}", fname, d))
    lines += ["    invoke-direct {p0}, %s-><init>()V" % sup, "    return-void", ".end method", ""]
    return "\n".join(lines)


def method(sig, body, locals_=6, access="public"):
    return ".method %s %s\n    .locals %d\n%s\n.end method\n\n" % (access, sig, locals_, "\n".join("    " + l if l else "" for l in body))


def string_array(reg_arr, reg_tmp, reg_idx, items):
    """Builds a String[] of constants into reg_arr."""
    out = ["const/4 %s, 0x%x" % (reg_idx, len(items)), "new-array %s, %s, [Ljava/lang/String;" % (reg_arr, reg_idx)]
    for i, s in enumerate(items):
        out += ["const/4 %s, 0x%x" % (reg_idx, i), 'const-string %s, "%s"' % (reg_tmp, s), "aput-object %s, %s, %s" % (reg_tmp, reg_arr, reg_idx)]
    return out


# ---------------------------------------------------------------------------------------------
# Sensitive reads, as static helpers taking a Context (p0). Each returns the method body lines.

def _system_service(name, cast):
    return ['const-string v0, "%s"' % name,
            "invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;",
            "move-result-object v0", "check-cast v0, %s" % cast]


READS = {
    # name: (signature, body, javadoc-ish note)
    "imei": ("getImei(Landroid/content/Context;)Ljava/lang/String;",
             _system_service("phone", "Landroid/telephony/TelephonyManager;")
             + ["invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;",
                "move-result-object v0", "return-object v0"]),
    "imsi": ("getImsi(Landroid/content/Context;)Ljava/lang/String;",
             _system_service("phone", "Landroid/telephony/TelephonyManager;")
             + ["invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;",
                "move-result-object v0", "return-object v0"]),
    "android_id": ("getAndroidId(Landroid/content/Context;)Ljava/lang/String;",
                   ["invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;",
                    "move-result-object v0", 'const-string v1, "android_id"',
                    "invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;",
                    "move-result-object v0", "return-object v0"]),
    "mac": ("getMacAddress(Landroid/content/Context;)Ljava/lang/String;",
            _system_service("wifi", "Landroid/net/wifi/WifiManager;")
            + ["invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;",
               "move-result-object v0",
               "invoke-virtual {v0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;",
               "move-result-object v0", "return-object v0"]),
    "serial": ("getSerial(Landroid/content/Context;)Ljava/lang/String;",
               ["invoke-static {}, Landroid/os/Build;->getSerial()Ljava/lang/String;", "move-result-object v0", "return-object v0"]),
    "app_list": ("getInstalledApps(Landroid/content/Context;)Ljava/util/List;",
                 ["invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;",
                  "move-result-object v0", "const/4 v1, 0x0",
                  "invoke-virtual {v0, v1}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;",
                  "move-result-object v0", "return-object v0"]),
    "clipboard": ("readClipboard(Landroid/content/Context;)Landroid/content/ClipData;",
                  _system_service("clipboard", "Landroid/content/ClipboardManager;")
                  + ["invoke-virtual {v0}, Landroid/content/ClipboardManager;->getPrimaryClip()Landroid/content/ClipData;",
                     "move-result-object v0", "return-object v0"]),
    "location": ("getLastLocation(Landroid/content/Context;)Landroid/location/Location;",
                 _system_service("location", "Landroid/location/LocationManager;")
                 + ['const-string v1, "gps"',
                    "invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;",
                    "move-result-object v0", "return-object v0"]),
    "contacts": ("readContacts(Landroid/content/Context;)Landroid/database/Cursor;",
                 ["invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;",
                  "move-result-object v0",
                  'const-string v1, "content://com.android.contacts/data/phones"',
                  "invoke-static {v1}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;",
                  "move-result-object v1",
                  "const/4 v2, 0x0",
                  "move-object v3, v2", "move-object v4, v2", "move-object v5, v2",
                  "invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;",
                  "move-result-object v0", "return-object v0"]),
    "call_log": ("readCallLog(Landroid/content/Context;)Landroid/database/Cursor;",
                 ["invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;",
                  "move-result-object v0",
                  'const-string v1, "content://call_log/calls"',
                  "invoke-static {v1}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;",
                  "move-result-object v1",
                  "const/4 v2, 0x0",
                  "move-object v3, v2", "move-object v4, v2", "move-object v5, v2",
                  "invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;",
                  "move-result-object v0", "return-object v0"]),
    "running_apps": ("getRunningApps(Landroid/content/Context;)Ljava/util/List;",
                     _system_service("activity", "Landroid/app/ActivityManager;")
                     + ["invoke-virtual {v0}, Landroid/app/ActivityManager;->getRunningAppProcesses()Ljava/util/List;",
                        "move-result-object v0", "return-object v0"]),
}


def reads_class(pkg_path, names, cls_name="DeviceUtils"):
    """The app's own helper class with the given sensitive reads."""
    desc = "L%s/util/%s;" % (pkg_path, cls_name)
    body = ctor("Ljava/lang/Object;").replace("{SELF}", desc)
    for n in names:
        sig, b = READS[n]
        body += method("static " + sig, b, access="public")
    return desc, cls(desc, "Ljava/lang/Object;", body)


def call_read(desc, name, ctx="p0"):
    sig = READS[name][0]
    return ["invoke-static {%s}, %s->%s" % (ctx, desc, sig)]
