# Application. onCreate: Tracker.init (unguarded, reaches getDeviceId through the Probe interface),
# then a SharedPreferences consent check, then UMConfigure.init (guarded SDK init).
# attachBaseContext: new Thread(new App$1()).start() -> App$1.run -> WifiInfo.getMacAddress.
# <clinit>: Build.getSerial (static initialiser).
.class public Lcom/mingcha/sample/App;
.super Landroid/app/Application;

.method static constructor <clinit>()V
    .registers 1
    invoke-static {}, Landroid/os/Build;->getSerial()Ljava/lang/String;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method protected attachBaseContext(Landroid/content/Context;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Application;->attachBaseContext(Landroid/content/Context;)V
    new-instance v0, Ljava/lang/Thread;
    new-instance v1, Lcom/mingcha/sample/App$1;
    invoke-direct {v1}, Lcom/mingcha/sample/App$1;-><init>()V
    invoke-direct {v0, v1}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v0}, Ljava/lang/Thread;->start()V
    return-void
.end method

.method public onCreate()V
    .registers 7
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {p0}, Lcom/mingcha/sample/Tracker;->init(Landroid/content/Context;)V
    const-string v0, "app"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Lcom/mingcha/sample/App;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    const-string v2, "privacy_agreed"
    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    if-eqz v0, :skip
    const-string v2, "appkey"
    const-string v3, "channel"
    const/4 v4, 0x1
    invoke-static {p0, v2, v3, v4, v1}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;II)V
    :skip
    return-void
.end method
