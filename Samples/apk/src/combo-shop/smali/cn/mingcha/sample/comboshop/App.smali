.class public Lcn/mingcha/sample/comboshop/App;
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
    new-instance v1, Lcom/bytedance/sdk/openadsdk/TTAdConfig;
    invoke-direct {v1}, Lcom/bytedance/sdk/openadsdk/TTAdConfig;-><init>()V
    invoke-static {p0, v1}, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V
    const-string v1, "a1b2c3d4e5"
    const/4 v2, 0x0
    invoke-static {p0, v1, v2}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    return-void
.end method
