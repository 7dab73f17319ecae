.class public Lcom/umeng/commonsdk/UMConfigure;
.super Ljava/lang/Object;

.method public static init(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    const/4 v0, 0x0
    invoke-static {v0}, Lcom/umeng/analytics/Collector;->collect(Landroid/net/wifi/WifiManager;)V
    return-void
.end method
