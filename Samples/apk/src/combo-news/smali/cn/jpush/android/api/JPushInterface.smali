.class public Lcn/jpush/android/api/JPushInterface;
.super Ljava/lang/Object;
.source "JPushInterface.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static init(Landroid/content/Context;)V
    .locals 6
    invoke-static {p0}, Lcn/jpush/android/helper/DeviceInfo;->getImei(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcn/jpush/android/helper/DeviceInfo;->getInstalledApps(Landroid/content/Context;)Ljava/util/List;
    return-void
.end method

.method public static setDebugMode(Z)V
    .locals 6
    return-void
.end method
