.class public Lcom/umeng/analytics/MobclickAgent;
.super Ljava/lang/Object;
.source "MobclickAgent.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static onResume(Landroid/content/Context;)V
    .locals 6
    return-void
.end method

.method public static onPause(Landroid/content/Context;)V
    .locals 6
    return-void
.end method
