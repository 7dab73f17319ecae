.class public Lcn/mingcha/sample/deviceidentifiers/MainActivity;
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
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/deviceidentifiers/MainActivity;->setContentView(I)V
    return-void
.end method

.method public onCheckClick(Landroid/view/View;)V
    .locals 6
    invoke-static {p0}, Lcn/mingcha/sample/deviceidentifiers/util/DeviceUtils;->getImei(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/mingcha/sample/deviceidentifiers/util/DeviceUtils;->getImsi(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/mingcha/sample/deviceidentifiers/util/DeviceUtils;->getSerial(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/mingcha/sample/deviceidentifiers/util/DeviceUtils;->getMacAddress(Landroid/content/Context;)Ljava/lang/String;
    return-void
.end method
