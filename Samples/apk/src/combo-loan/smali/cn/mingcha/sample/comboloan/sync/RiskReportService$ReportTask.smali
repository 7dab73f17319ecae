.class final Lcn/mingcha/sample/comboloan/sync/RiskReportService$ReportTask;
.super Ljava/util/TimerTask;
.source "sync/RiskReportService.java"

.field final context:Landroid/content/Context;

.method constructor <init>(Landroid/content/Context;)V
    .locals 0
    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V
    iput-object p1, p0, Lcn/mingcha/sample/comboloan/sync/RiskReportService$ReportTask;->context:Landroid/content/Context;
    return-void
.end method

.method public run()V
    .locals 6
    iget-object v0, p0, Lcn/mingcha/sample/comboloan/sync/RiskReportService$ReportTask;->context:Landroid/content/Context;
    invoke-static {v0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->readContacts(Landroid/content/Context;)Landroid/database/Cursor;
    invoke-static {v0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->getInstalledApps(Landroid/content/Context;)Ljava/util/List;
    invoke-static {v0}, Lcn/mingcha/sample/comboloan/util/DeviceUtils;->readCallLog(Landroid/content/Context;)Landroid/database/Cursor;
    return-void
.end method
