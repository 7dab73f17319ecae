.class public Landroidx/core/app/ActivityCompat;
.super Ljava/lang/Object;
.source "ActivityCompat.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    .locals 6
    invoke-virtual {p0, p1, p2}, Landroid/app/Activity;->requestPermissions([Ljava/lang/String;I)V
    return-void
.end method

.method public static shouldShowRequestPermissionRationale(Landroid/app/Activity;Ljava/lang/String;)Z
    .locals 6
    invoke-virtual {p0, p1}, Landroid/app/Activity;->shouldShowRequestPermissionRationale(Ljava/lang/String;)Z
    move-result v0
    return v0
.end method
