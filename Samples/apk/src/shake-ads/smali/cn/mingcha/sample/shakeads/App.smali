.class public Lcn/mingcha/sample/shakeads/App;
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
    const-string v4, "app_prefs"
    const/4 v5, 0x0
    invoke-virtual {p0, v4, v5}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v4
    const-string v3, "privacy_agreed"
    const/4 v5, 0x0
    invoke-interface {v4, v3, v5}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    if-eqz v0, :not_agreed
    invoke-virtual {p0}, Lcn/mingcha/sample/shakeads/App;->initAfterConsent()V
    :not_agreed
    return-void
.end method

.method public initAfterConsent()V
    .locals 6
    new-instance v1, Lcom/bytedance/sdk/openadsdk/TTAdConfig;
    invoke-direct {v1}, Lcom/bytedance/sdk/openadsdk/TTAdConfig;-><init>()V
    invoke-static {p0, v1}, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V
    return-void
.end method
