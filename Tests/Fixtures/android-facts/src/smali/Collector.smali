.class public Lcom/umeng/analytics/Collector;
.super Ljava/lang/Object;

# SDK code reading Wi-Fi details: collected by the SDK, not the app.
.method public static collect(Landroid/net/wifi/WifiManager;)V
    .registers 2
    invoke-virtual {p0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;
    move-result-object v0
    return-void
.end method
