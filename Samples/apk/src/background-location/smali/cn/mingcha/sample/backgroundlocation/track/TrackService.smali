.class public Lcn/mingcha/sample/backgroundlocation/track/TrackService;
.super Landroid/app/Service;
.source "TrackService.java"

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

.method public onStartCommand(Landroid/content/Intent;II)I
    .locals 6
    invoke-static {p0}, Lcn/mingcha/sample/backgroundlocation/util/DeviceUtils;->getLastLocation(Landroid/content/Context;)Landroid/location/Location;
    const/4 v0, 0x1
    return v0
.end method
