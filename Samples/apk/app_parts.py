"""The app's own classes for a sample: Application, splash (with the first-run consent dialog),
main, login and settings activities, services and receivers. Behaviour is chosen by the sample's
spec (see generate.py); the code is what javac + d8 would emit for the equivalent Java.
"""
from smali_parts import cls, ctor, method, string_array, READS
from sdk_parts import SDKS

ACT = "Landroid/app/Activity;"
PREFS = "app_prefs"


def prefs(reg, ctx="p0"):
    return ['const-string %s, "%s"' % (reg, PREFS), "const/4 v5, 0x0",
            "invoke-virtual {%s, %s, v5}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;" % (ctx, reg),
            "move-result-object %s" % reg]


def put_bool(key, ctx="p0"):
    """prefs.edit().putBoolean(key, true).apply()"""
    return prefs("v4", ctx) + [
        "invoke-interface {v4}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;",
        "move-result-object v4", 'const-string v3, "%s"' % key, "const/4 v5, 0x1",
        "invoke-interface {v4, v3, v5}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;",
        "move-result-object v4",
        "invoke-interface {v4}, Landroid/content/SharedPreferences$Editor;->apply()V"]


def get_bool(key, out, ctx="p0"):
    return prefs("v4", ctx) + ['const-string v3, "%s"' % key, "const/4 v5, 0x0",
                               "invoke-interface {v4, v3, v5}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z",
                               "move-result %s" % out]


def start_activity(pkg, target, ctx="p0"):
    return ["new-instance v0, Landroid/content/Intent;",
            "const-class v1, L%s/%s;" % (pkg, target),
            "invoke-direct {v0, %s, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V" % ctx,
            "invoke-virtual {%s, v0}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V" % ctx]


class Sources:
    """Collects the classes of one sample as descriptor -> smali text."""

    def __init__(self, spec, ids):
        self.s = spec
        self.ids = ids            # R ids from aapt: {"layout/activity_main": 0x7f...}
        self.pkg = spec["package"].replace(".", "/")
        self.classes = {}
        self.reads = set()        # DeviceUtils methods used
        self.helpers = set()      # other helper classes needed

    def d(self, name):
        return "L%s/%s;" % (self.pkg, name)

    # --- actions: small pieces of behaviour a sample places in onCreate, onResume, clicks...
    def action(self, a, ctx, where):
        kind = a[0]
        if kind == "read":
            self.reads.add(a[1])
            sig = READS[a[1]][0]
            return ["invoke-static {%s}, %s->%s" % (ctx, self.d("util/DeviceUtils"), sig)]
        if kind == "sdk":
            return SDKS[a[1]]["init"](ctx)
        if kind == "sdk-use":
            return SDKS[a[1]]["use"](ctx)
        if kind == "request":
            self.helpers.add("compat")
            perms, code = a[1], a[2] if len(a) > 2 else 0x64
            return string_array("v0", "v2", "v1", perms) + [
                "const/16 v1, 0x%x" % code,
                "invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V"]
        if kind == "request-direct":
            # Activity.requestPermissions as javac emits it: the receiver's own class.
            perms = a[1]
            return string_array("v0", "v2", "v1", perms) + [
                "const/16 v1, 0x65",
                "invoke-virtual {p0, v0, v1}, %s->requestPermissions([Ljava/lang/String;I)V" % self.d(where)]
        if kind == "start-other-activity":
            return ["new-instance v0, Landroid/content/Intent;", "invoke-direct {v0}, Landroid/content/Intent;-><init>()V",
                    'const-string v1, "%s"' % a[1], 'const-string v2, "%s"' % a[2],
                    "invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->setClassName(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;",
                    "const/high16 v1, 0x10000000",
                    "invoke-virtual {v0, v1}, Landroid/content/Intent;->addFlags(I)Landroid/content/Intent;",
                    "invoke-virtual {%s, v0}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V" % ctx]
        if kind == "start-other-service":
            return ["new-instance v0, Landroid/content/Intent;", "invoke-direct {v0}, Landroid/content/Intent;-><init>()V",
                    "new-instance v1, Landroid/content/ComponentName;",
                    'const-string v2, "%s"' % a[1], 'const-string v3, "%s"' % a[2],
                    "invoke-direct {v1, v2, v3}, Landroid/content/ComponentName;-><init>(Ljava/lang/String;Ljava/lang/String;)V",
                    "invoke-virtual {v0, v1}, Landroid/content/Intent;->setComponent(Landroid/content/ComponentName;)Landroid/content/Intent;",
                    "invoke-virtual {%s, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;" % ctx]
        if kind == "start-own-service":
            return ["new-instance v0, Landroid/content/Intent;", "const-class v1, %s" % self.d(a[1]),
                    "invoke-direct {v0, %s, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V" % ctx,
                    "invoke-virtual {%s, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;" % ctx]
        if kind == "install-apk":
            self.helpers.add("installer")
            return ['const-string v1, "/sdcard/Download/update.apk"',
                    "invoke-static {%s, v1}, %s->install(Landroid/content/Context;Ljava/lang/String;)V" % (ctx, self.d("update/ApkInstaller"))]
        if kind == "wake-partners":
            self.helpers.add("waker")
            return ["invoke-static {%s}, %s->wakePartners(Landroid/content/Context;)V" % (ctx, self.d("util/PartnerWaker"))]
        raise ValueError("unknown action %r" % (a,))

    def actions(self, items, ctx, where):
        out = []
        for a in items:
            out += self.action(a, ctx, where)
        return out

    # --- classes
    def application(self):
        s = self.s
        if not s.get("application"):
            return
        d = self.d(s["application"])
        body = ctor("Landroid/app/Application;").replace("{SELF}", d)
        body += method("onCreate()V", ["invoke-super {p0}, Landroid/app/Application;->onCreate()V"]
                       + self.actions(s.get("app_oncreate", []), "p0", s["application"])
                       + (  # The compliant pattern: start SDKs only once the user has agreed.
                           get_bool("privacy_agreed", "v0") + ["if-eqz v0, :not_agreed",
                                                               "invoke-virtual {p0}, %s->initAfterConsent()V" % d,
                                                               ":not_agreed"]
                           if s.get("after_consent") else [])
                       + ["return-void"])
        if s.get("after_consent") is not None:
            body += method("initAfterConsent()V", self.actions(s.get("after_consent", []), "p0", s["application"]) + ["return-void"])
        self.classes[d] = cls(d, "Landroid/app/Application;", body)

    def splash(self):
        s = self.s
        name = "SplashActivity"
        d = self.d(name)
        consent = s.get("consent")   # None | "exit" | "kill" | "basic"
        lines = ["invoke-super {p0, p1}, %s->onCreate(Landroid/os/Bundle;)V" % ACT,
                 "const v0, 0x%x" % self.ids["layout/activity_splash"],
                 "invoke-virtual {p0, v0}, %s->setContentView(I)V" % d]
        lines += self.actions(s.get("splash_oncreate", []), "p0", name)
        if consent:
            lines += get_bool("privacy_agreed", "v0") + ["if-nez v0, :agreed",
                                                         "invoke-direct {p0}, %s->showPrivacyDialog()V" % d,
                                                         "return-void", ":agreed",
                                                         "invoke-virtual {p0}, %s->enterApp()V" % d]
        else:
            lines += ["invoke-virtual {p0}, %s->enterApp()V" % d]
        lines += ["return-void"]
        body = ctor(ACT).replace("{SELF}", d)
        body += method("onCreate(Landroid/os/Bundle;)V", lines, access="protected")
        body += method("enterApp()V", start_activity(self.pkg, "MainActivity") + ["return-void"])
        if consent:
            body += method("showPrivacyDialog()V", [
                "new-instance v0, Landroid/app/AlertDialog$Builder;",
                "invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V",
                'const-string v1, "用户协议与隐私政策"',
                "invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;",
                'const-string v1, "%s"' % s.get("dialog_text", "欢迎使用%s！请您务必审慎阅读、充分理解《用户协议》和《隐私政策》各条款。点击“同意”即表示您已阅读并同意上述协议。" % s["label"]),
                "invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;",
                "const/4 v1, 0x0",
                "invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;",
                'const-string v1, "%s"' % ("不同意" if consent != "basic" else "不同意（仅浏览）"),
                "new-instance v2, %s" % self.d(name + "$DisagreeListener"),
                "invoke-direct {v2, p0}, %s-><init>(%s)V" % (self.d(name + "$DisagreeListener"), d),
                "invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;",
                'const-string v1, "同意"',
                "new-instance v2, %s" % self.d(name + "$AgreeListener"),
                "invoke-direct {v2, p0}, %s-><init>(%s)V" % (self.d(name + "$AgreeListener"), d),
                "invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;",
                "invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;",
                "return-void"], access="private")
            self.listener(name, "AgreeListener", self.agree_body(name))
            self.listener(name, "DisagreeListener", self.disagree_body(name, consent))
        self.classes[d] = cls(d, ACT, body)

    def agree_body(self, outer):
        s = self.s
        lines = ["iget-object v0, p0, %s->this$0:%s" % (self.d(outer + "$AgreeListener"), self.d(outer))]
        lines += put_bool("privacy_agreed", "v0")   # v0: the activity
        if s.get("after_consent") is not None and s.get("application"):
            app = self.d(s["application"])
            lines += ["invoke-virtual {v0}, %s->getApplication()Landroid/app/Application;" % ACT,
                      "move-result-object v1", "check-cast v1, %s" % app,
                      "invoke-virtual {v1}, %s->initAfterConsent()V" % app]
        lines += ["invoke-virtual {v0}, %s->enterApp()V" % self.d(outer), "return-void"]
        return lines

    def disagree_body(self, outer, consent):
        lines = ["iget-object v0, p0, %s->this$0:%s" % (self.d(outer + "$DisagreeListener"), self.d(outer))]
        if consent == "exit":
            lines += ["invoke-virtual {v0}, %s->finish()V" % ACT, "const/4 v1, 0x0",
                      "invoke-static {v1}, Ljava/lang/System;->exit(I)V"]
        elif consent == "kill":
            lines += ["invoke-static {}, Landroid/os/Process;->myPid()I", "move-result v1",
                      "invoke-static {v1}, Landroid/os/Process;->killProcess(I)V"]
        else:   # basic mode: browse without personal information
            lines += put_bool("basic_mode", "v0") + ["invoke-virtual {v0}, %s->enterApp()V" % self.d(outer)]
        return lines + ["return-void"]

    def listener(self, outer, inner, body):
        d = self.d(outer + "$" + inner)
        od = self.d(outer)
        text = (".field final synthetic this$0:%s\n\n" % od
                + ".method constructor <init>(%s)V\n    .locals 0\n    iput-object p1, p0, %s->this$0:%s\n"
                  "    invoke-direct {p0}, Ljava/lang/Object;-><init>()V\n    return-void\n.end method\n\n" % (od, d, od)
                + method("onClick(Landroid/content/DialogInterface;I)V", body))
        self.classes[d] = cls(d, "Ljava/lang/Object;", text, implements=["Landroid/content/DialogInterface$OnClickListener;"],
                              source=outer + ".java", access="final")

    def activity(self, name, layout, oncreate=(), onresume=(), clicks=None, extra=""):
        """An activity whose layout buttons call methods named in `clicks` (android:onClick)."""
        d = self.d(name)
        body = ctor(ACT).replace("{SELF}", d)
        body += method("onCreate(Landroid/os/Bundle;)V",
                       ["invoke-super {p0, p1}, %s->onCreate(Landroid/os/Bundle;)V" % ACT,
                        "const v0, 0x%x" % self.ids["layout/" + layout],
                        "invoke-virtual {p0, v0}, %s->setContentView(I)V" % d]
                       + self.actions(oncreate, "p0", name) + ["return-void"], access="protected")
        if onresume:
            body += method("onResume()V", ["invoke-super {p0}, %s->onResume()V" % ACT]
                           + self.actions(onresume, "p0", name) + ["return-void"], access="protected")
        for m, acts in (clicks or {}).items():
            body += method("%s(Landroid/view/View;)V" % m, self.actions(acts, "p0", name) + ["return-void"])
        body += extra
        self.classes[d] = cls(d, ACT, body)

    def rationale_activity(self, name, layout, click, perms, info_zh, denied_key):
        """The compliant request: on a click, explain first (shouldShowRequestPermissionRationale +
        a dialog), never ask again after a refusal recorded in SharedPreferences."""
        self.helpers.add("compat")
        d = self.d(name)
        req = string_array("v0", "v2", "v1", perms) + [
            "const/16 v1, 0x66",
            "invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V"]
        click_lines = (get_bool(denied_key, "v0") + ["if-eqz v0, :ask", "return-void", ":ask",
                       'const-string v0, "%s"' % perms[0],
                       "invoke-static {p0, v0}, Landroidx/core/app/ActivityCompat;->shouldShowRequestPermissionRationale(Landroid/app/Activity;Ljava/lang/String;)Z",
                       "move-result v0", "if-eqz v0, :request",
                       "new-instance v0, Landroid/app/AlertDialog$Builder;",
                       "invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V",
                       'const-string v1, "需要%s"' % info_zh[0],
                       "invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;",
                       'const-string v1, "%s"' % info_zh[1],
                       "invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;",
                       "invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;",
                       ":request"] + req + ["return-void"])
        result = (["const/4 v0, 0x0", "aget v0, p3, v0", "if-eqz v0, :granted"] + put_bool(denied_key)
                  + ["return-void", ":granted"] + self.actions(self.s.get("on_granted", []), "p0", name) + ["return-void"])
        extra = (method("%s(Landroid/view/View;)V" % click, click_lines)
                 + method("onRequestPermissionsResult(I[Ljava/lang/String;[I)V", result))
        self.activity(name, layout, extra=extra)

    def device_utils(self):
        if not self.reads:
            return
        d = self.d("util/DeviceUtils")
        body = ctor("Ljava/lang/Object;").replace("{SELF}", d)
        for n in sorted(self.reads):
            sig, b = READS[n]
            body += method("static " + sig, b)
        self.classes[d] = cls(d, "Ljava/lang/Object;", body)

    def service(self, name, kind):
        d = self.d(name)
        body = ctor("Landroid/app/Service;").replace("{SELF}", d)
        body += method("onBind(Landroid/content/Intent;)Landroid/os/IBinder;", ["const/4 v0, 0x0", "return-object v0"])
        if kind == "timer":
            task = self.d(name + "$ReportTask")
            body += method("onStartCommand(Landroid/content/Intent;II)I", [
                "new-instance v0, Ljava/util/Timer;", "invoke-direct {v0}, Ljava/util/Timer;-><init>()V",
                "new-instance v1, %s" % task, "invoke-direct {v1, p0}, %s-><init>(Landroid/content/Context;)V" % task,
                "const-wide/16 v2, 0x0", "const-wide/32 v4, 0x927c0",   # every 10 minutes
                "invoke-virtual/range {v0 .. v5}, Ljava/util/Timer;->schedule(Ljava/util/TimerTask;JJ)V",
                "const/4 v0, 0x1", "return v0"])
            acts = self.s.get("timer_reads", ["imei", "app_list"])
            self.reads.update(acts)
            run = ["iget-object v0, p0, %s->context:Landroid/content/Context;" % task]
            run += ["invoke-static {v0}, %s->%s" % (self.d("util/DeviceUtils"), READS[a][0]) for a in acts]
            tbody = (".field final context:Landroid/content/Context;\n\n"
                     ".method constructor <init>(Landroid/content/Context;)V\n    .locals 0\n"
                     "    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V\n"
                     "    iput-object p1, p0, %s->context:Landroid/content/Context;\n    return-void\n.end method\n\n" % task
                     + method("run()V", run + ["return-void"]))
            self.classes[task] = cls(task, "Ljava/util/TimerTask;", tbody, source=name + ".java", access="final")
        elif kind == "location":
            self.reads.add("location")
            body += method("onStartCommand(Landroid/content/Intent;II)I", [
                "invoke-static {p0}, %s->%s" % (self.d("util/DeviceUtils"), READS["location"][0]),
                "const/4 v0, 0x1", "return v0"])
        elif kind == "job":
            # A periodic JobService that reads identifiers itself, inline in onStartJob.
            lines = []
            for n in self.s.get("job_reads", ["imei", "android_id"]):
                lines += [l for l in READS[n][1] if not l.startswith("return")]
            # JobService.onBind is final: the job class has only the constructor and the job methods.
            body = ctor("Landroid/app/job/JobService;").replace("{SELF}", d)
            body += method("onStartJob(Landroid/app/job/JobParameters;)Z", lines + ["const/4 v0, 0x0", "return v0"])
            body += method("onStopJob(Landroid/app/job/JobParameters;)Z", ["const/4 v0, 0x1", "return v0"])
            self.classes[d] = cls(d, "Landroid/app/job/JobService;", body)
            return
        elif kind == "keepalive":
            body += method("onStartCommand(Landroid/content/Intent;II)I", ["const/4 v0, 0x1", "return v0"])
        self.classes[d] = cls(d, "Landroid/app/Service;", body)

    def receiver(self, name, starts):
        d = self.d(name)
        body = ctor("Landroid/content/BroadcastReceiver;").replace("{SELF}", d)
        body += method("onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
                       self.actions([("start-own-service", starts)], "p1", name) + ["return-void"])
        self.classes[d] = cls(d, "Landroid/content/BroadcastReceiver;", body)

    def helper_classes(self):
        if "compat" in self.helpers:
            d = "Landroidx/core/app/ActivityCompat;"
            body = ctor("Ljava/lang/Object;").replace("{SELF}", d)
            body += method("static requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V", [
                "invoke-virtual {p0, p1, p2}, Landroid/app/Activity;->requestPermissions([Ljava/lang/String;I)V", "return-void"])
            body += method("static shouldShowRequestPermissionRationale(Landroid/app/Activity;Ljava/lang/String;)Z", [
                "invoke-virtual {p0, p1}, Landroid/app/Activity;->shouldShowRequestPermissionRationale(Ljava/lang/String;)Z",
                "move-result v0", "return v0"])
            self.classes[d] = cls(d, "Ljava/lang/Object;", body)
        if "installer" in self.helpers:
            d = self.d("update/ApkInstaller")
            body = ctor("Ljava/lang/Object;").replace("{SELF}", d)
            body += method("static install(Landroid/content/Context;Ljava/lang/String;)V", [
                "new-instance v0, Ljava/io/File;", "invoke-direct {v0, p1}, Ljava/io/File;-><init>(Ljava/lang/String;)V",
                "invoke-static {v0}, Landroid/net/Uri;->fromFile(Ljava/io/File;)Landroid/net/Uri;", "move-result-object v0",
                "new-instance v1, Landroid/content/Intent;", 'const-string v2, "android.intent.action.VIEW"',
                "invoke-direct {v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V",
                'const-string v2, "application/vnd.android.package-archive"',
                "invoke-virtual {v1, v0, v2}, Landroid/content/Intent;->setDataAndType(Landroid/net/Uri;Ljava/lang/String;)Landroid/content/Intent;",
                "const/high16 v2, 0x10000000",
                "invoke-virtual {v1, v2}, Landroid/content/Intent;->addFlags(I)Landroid/content/Intent;",
                "invoke-virtual {p0, v1}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V",
                "return-void"])
            body += method("static installSilently(Landroid/content/Context;)I", [
                "invoke-virtual {p0}, Landroid/content/Context;->getPackageManager()Landroid/content/pm/PackageManager;",
                "move-result-object v0",
                "invoke-virtual {v0}, Landroid/content/pm/PackageManager;->getPackageInstaller()Landroid/content/pm/PackageInstaller;",
                "move-result-object v0",
                "new-instance v1, Landroid/content/pm/PackageInstaller$SessionParams;", "const/4 v2, 0x1",
                "invoke-direct {v1, v2}, Landroid/content/pm/PackageInstaller$SessionParams;-><init>(I)V",
                "invoke-virtual {v0, v1}, Landroid/content/pm/PackageInstaller;->createSession(Landroid/content/pm/PackageInstaller$SessionParams;)I",
                "move-result v0", "return v0"])
            self.classes[d] = cls(d, "Ljava/lang/Object;", body)
        if "waker" in self.helpers:
            d = self.d("util/PartnerWaker")
            body = ctor("Ljava/lang/Object;").replace("{SELF}", d)
            lines = []
            for p, c, kind in self.s.get("partners", []):
                lines += self.action(("start-other-" + kind, p, c), "p0", "util/PartnerWaker")
            body += method("static wakePartners(Landroid/content/Context;)V", lines + ["return-void"])
            self.classes[d] = cls(d, "Ljava/lang/Object;", body)

    def sdk_classes(self):
        for sdk in self.s.get("sdks", []):
            self.classes.update(SDKS[sdk]["classes"])

    def packer_stub(self):
        """A 360-Jiagu-style stub Application: the visible code only loads the hidden DEX."""
        d = "Lcom/stub/StubApp;"
        body = ctor("Landroid/app/Application;").replace("{SELF}", d)
        body += method("attachBaseContext(Landroid/content/Context;)V", [
            "invoke-super {p0, p1}, Landroid/app/Application;->attachBaseContext(Landroid/content/Context;)V",
            'const-string v0, "jiagu"',
            "invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V", "return-void"], access="protected")
        self.classes[d] = cls(d, "Landroid/app/Application;", body)

    def build(self):
        s = self.s
        if s.get("packer"):
            self.packer_stub()
            return self.classes
        self.application()
        self.splash()
        self.activity("MainActivity", "activity_main", s.get("main_oncreate", []), s.get("main_onresume", []),
                      s.get("main_clicks", {}))
        if s.get("login"):
            self.activity("LoginActivity", "activity_login", clicks={"onLoginClick": []})
        if s.get("settings"):
            self.activity("SettingsActivity", "activity_settings", clicks={"onItemClick": []})
        if s.get("rationale"):
            r = s["rationale"]
            self.rationale_activity(r["activity"], r["layout"], r["click"], r["perms"], r["text"], r["deniedKey"])
        for name, kind in s.get("services", []):
            self.service(name, kind)
        for name, starts in s.get("receivers", []):
            self.receiver(name, starts)
        self.helper_classes()
        self.device_utils()
        self.sdk_classes()
        return self.classes
