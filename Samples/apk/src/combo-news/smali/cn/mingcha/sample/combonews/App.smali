.class public Lcn/mingcha/sample/combonews/App;
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
    const-string v1, "5f8d2c1e80455950e4a3b2c1"
    const-string v2, "official"
    const/4 v3, 0x1
    const/4 v4, 0x0
    invoke-static {p0, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V
    return-void
.end method
