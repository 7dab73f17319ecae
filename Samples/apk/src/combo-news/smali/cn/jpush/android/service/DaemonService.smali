.class public Lcn/jpush/android/service/DaemonService;
.super Landroid/app/Service;
.source "DaemonService.java"

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
