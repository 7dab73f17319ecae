# An Application that reads identifiers before any consent, the pattern the rules look for.
.class public Lcom/mingcha/fx/PrivacyApp;
.super Landroid/app/Application;
.implements Ljava/lang/Runnable;
.implements Lcom/mingcha/fx/Api;

.field static tag:Ljava/lang/String;

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "隐私政策 \u0000 𝄞"
    sput-object v0, Lcom/mingcha/fx/PrivacyApp;->tag:Ljava/lang/String;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 4
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lcom/mingcha/fx/PrivacyApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    sget-object v2, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    const-string v3, "umeng_key"
    invoke-static {p0, v3}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method

.method public run()V
    .registers 2
    invoke-virtual {p0}, Lcom/mingcha/fx/PrivacyApp;->onCreate()V
    return-void
.end method

.method public call()V
    .registers 1
    return-void
.end method

.method public native secret()V
.end method
