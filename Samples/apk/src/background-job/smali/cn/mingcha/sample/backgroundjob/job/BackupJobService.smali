.class public Lcn/mingcha/sample/backgroundjob/job/BackupJobService;
.super Landroid/app/job/JobService;
.source "BackupJobService.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/job/JobService;-><init>()V
    return-void
.end method
.method public onStartJob(Landroid/app/job/JobParameters;)Z
    .locals 6
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const/4 v0, 0x0
    return v0
.end method

.method public onStopJob(Landroid/app/job/JobParameters;)Z
    .locals 6
    const/4 v0, 0x1
    return v0
.end method
