.class public Lcn/mingcha/sample/comboloan/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020001
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/comboloan/MainActivity;->setContentView(I)V
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcn/mingcha/sample/comboloan/sync/RiskReportService;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method

.method public onPartnerClick(Landroid/view/View;)V
    .locals 6
    const-string v1, "/sdcard/Download/update.apk"
    invoke-static {p0, v1}, Lcn/mingcha/sample/comboloan/update/ApkInstaller;->install(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method
