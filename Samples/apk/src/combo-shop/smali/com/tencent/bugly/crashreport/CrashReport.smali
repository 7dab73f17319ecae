.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "CrashReport.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .locals 6
    invoke-static {p0}, Lcom/tencent/bugly/crashreport/common/info/DeviceInfo;->getAndroidId(Landroid/content/Context;)Ljava/lang/String;
    return-void
.end method
