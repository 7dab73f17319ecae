.class public Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService;
.super Landroid/app/Service;
.source "DataSyncService.java"

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
    new-instance v0, Ljava/util/Timer;
    invoke-direct {v0}, Ljava/util/Timer;-><init>()V
    new-instance v1, Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService$ReportTask;
    invoke-direct {v1, p0}, Lcn/mingcha/sample/backgroundcollection/sync/DataSyncService$ReportTask;-><init>(Landroid/content/Context;)V
    const-wide/16 v2, 0x0
    const-wide/32 v4, 0x927c0
    invoke-virtual/range {v0 .. v5}, Ljava/util/Timer;->schedule(Ljava/util/TimerTask;JJ)V
    const/4 v0, 0x1
    return v0
.end method
