.class final Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService$ReportTask;
.super Ljava/util/TimerTask;
.source "sync/DataSyncService.java"

.field final context:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .locals 0
    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V
    iput-object p1, p0, Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService$ReportTask;->context:Landroid/content/Context;
    return-void
.end method

.method public run()V
    .locals 6
    iget-object v0, p0, Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService$ReportTask;->context:Landroid/content/Context;
    invoke-static {v0}, Lcn/mingcha/sample/backgroundcollection/util/DeviceUtils;->getImei(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {v0}, Lcn/mingcha/sample/backgroundcollection/util/DeviceUtils;->getInstalledApps(Landroid/content/Context;)Ljava/util/List;
    return-void
.end method
