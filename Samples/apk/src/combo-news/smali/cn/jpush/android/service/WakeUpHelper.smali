.class public Lcn/jpush/android/service/WakeUpHelper;
.super Ljava/lang/Object;
.source "WakeUpHelper.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static wakeOthers(Landroid/content/Context;)V
    .locals 6
    new-instance v0, Landroid/content/Intent;
    invoke-direct {v0}, Landroid/content/Intent;-><init>()V
    new-instance v1, Landroid/content/ComponentName;
    const-string v2, "com.sina.weibo"
    const-string v3, "cn.jpush.android.service.DaemonService"
    invoke-direct {v1, v2, v3}, Landroid/content/ComponentName;-><init>(Ljava/lang/String;Ljava/lang/String;)V
    invoke-virtual {v0, v1}, Landroid/content/Intent;->setComponent(Landroid/content/ComponentName;)Landroid/content/Intent;
    invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method
