.class public Lcn/jpush/android/service/PushService;
.super Landroid/app/Service;
.source "PushService.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Service;-><init>()V
    return-void
.end method
.method public onBind(Landroid/content/Intent;)Landroid/os/IBinder;
    .locals 6
    const/4 v0, 0x0
    return-object v0
.end method

.method public onCreate()V
    .locals 6
    invoke-super {p0}, Landroid/app/Service;->onCreate()V
    invoke-static {p0}, Lcn/jpush/android/service/WakeUpHelper;->wakeOthers(Landroid/content/Context;)V
    return-void
.end method
