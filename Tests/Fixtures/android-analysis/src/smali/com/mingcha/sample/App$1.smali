# Runnable started from App.attachBaseContext on a new thread.
.class final Lcom/mingcha/sample/App$1;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public run()V
    .registers 2
    const/4 v0, 0x0
    invoke-virtual {v0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;
    return-void
.end method
