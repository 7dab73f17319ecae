.class public Lcn/mingcha/facts/App;
.super Landroid/app/Application;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

# Starts the Umeng SDK (initialised) and uses Bugly without its init (referenced).
.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "5f0c1a2b3c4d5e6f7a8b9c0d"
    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;)V
    new-instance v1, Ljava/lang/RuntimeException;
    invoke-direct {v1}, Ljava/lang/RuntimeException;-><init>()V
    invoke-static {v1}, Lcom/tencent/bugly/crashreport/CrashReport;->postCatchedException(Ljava/lang/Throwable;)V
    return-void
.end method

# The app itself reads the device id and the serial number.
.method public static readId(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
    .registers 2
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    sget-object v1, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    return-object v0
.end method

.method public static readIdAgain(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
    .registers 2
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# Settings.Secure.getString reads the Android ID only with "android_id".
.method public static androidId(Landroid/content/ContentResolver;)Ljava/lang/String;
    .registers 2
    const-string v0, "android_id"
    invoke-static {p0, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method public static bluetoothName(Landroid/content/ContentResolver;)Ljava/lang/String;
    .registers 2
    const-string v0, "bluetooth_name"
    invoke-static {p0, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
