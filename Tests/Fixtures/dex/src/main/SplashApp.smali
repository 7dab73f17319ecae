.class public final Lcom/mingcha/fx/SplashApp;
.super Lcom/mingcha/fx/PrivacyApp;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/mingcha/fx/PrivacyApp;-><init>()V
    return-void
.end method

.method public onCreate()V
    .registers 3
    invoke-super {p0}, Lcom/mingcha/fx/PrivacyApp;->onCreate()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lcom/mingcha/fx/SplashApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    return-void
.end method
