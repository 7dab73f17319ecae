.class public Lcn/mingcha/sample/comboloan/App;
.super Landroid/app/Application;
.source "App.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
.method public onCreate()V
    .locals 6
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {p0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->getImei(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->getAndroidId(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->getInstalledApps(Landroid/content/Context;)Ljava/util/List;
    return-void
.end method
