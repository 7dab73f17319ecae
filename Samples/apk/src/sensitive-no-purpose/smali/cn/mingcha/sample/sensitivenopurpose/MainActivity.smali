.class public Lcn/mingcha/sample/sensitivenopurpose/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/sensitivenopurpose/MainActivity;->setContentView(I)V
    return-void
.end method

.method public onInviteClick(Landroid/view/View;)V
    .locals 6
    const/4 v1, 0x1
    new-array v0, v1, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.READ_CONTACTS"
    aput-object v2, v0, v1
    const/16 v1, 0x64
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    invoke-static {p0}, Lcn/mingcha/sample/sensitivenopurpose/util/DeviceUtils;->readContacts(Landroid/content/Context;)Landroid/database/Cursor;
    return-void
.end method

.method public onNearbyClick(Landroid/view/View;)V
    .locals 6
    const/4 v1, 0x1
    new-array v0, v1, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.ACCESS_FINE_LOCATION"
    aput-object v2, v0, v1
    const/16 v1, 0x64
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    invoke-static {p0}, Lcn/mingcha/sample/sensitivenopurpose/util/DeviceUtils;->getLastLocation(Landroid/content/Context;)Landroid/location/Location;
    return-void
.end method
