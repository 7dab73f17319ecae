.class public Lcn/mingcha/sample/sdkinfounattributed/App;
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
    invoke-virtual {p0}, Lcn/mingcha/sample/sdkinfounattributed/App;->initAfterConsent()V
    :not_agreed
    return-void
.end method

.method public initAfterConsent()V
    .locals 6
    const-string v1, "5f8d2c1e80455950e4a3b2c1"
    const-string v2, "official"
    const/4 v3, 0x1
    const/4 v4, 0x0
    invoke-static {p0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    return-void
.end method
