.class public Lcn/mingcha/sample/launchpermission/SplashActivity;
.super Landroid/app/Activity;
.source "SplashActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020001
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/launchpermission/SplashActivity;->setContentView(I)V
    const/4 v1, 0x4
    new-array v0, v1, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.CAMERA"
    aput-object v2, v0, v1
    const/4 v1, 0x1
    const-string v2, "android.permission.ACCESS_FINE_LOCATION"
    aput-object v2, v0, v1
    const/4 v1, 0x2
    const-string v2, "android.permission.READ_PHONE_STATE"
    aput-object v2, v0, v1
    const/4 v1, 0x3
    const-string v2, "android.permission.WRITE_EXTERNAL_STORAGE"
    aput-object v2, v0, v1
    const/16 v1, 0x64
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    invoke-virtual {p0}, Lcn/mingcha/sample/launchpermission/SplashActivity;->enterApp()V
    return-void
.end method

.method public enterApp()V
    .locals 6
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcn/mingcha/sample/launchpermission/MainActivity;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V
    return-void
.end method
