.class public Lcom/amap/api/location/AMapLocationClient;
.super Ljava/lang/Object;
.source "AMapLocationClient.java"

.field final context:Landroid/content/Context;

.method public constructor <init>(Landroid/content/Context;)V
    .locals 0
    iput-object p1, p0, Lcom/amap/api/location/AMapLocationClient;->context:Landroid/content/Context;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static updatePrivacyShow(Landroid/content/Context;ZZ)V
    .locals 6
    return-void
.end method

.method public static updatePrivacyAgree(Landroid/content/Context;Z)V
    .locals 6
    return-void
.end method

.method public startLocation()V
    .locals 6
    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->context:Landroid/content/Context;
    const-string v1, "location"
    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/location/LocationManager;
    const-string v1, "network"
    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;
    return-void
.end method
