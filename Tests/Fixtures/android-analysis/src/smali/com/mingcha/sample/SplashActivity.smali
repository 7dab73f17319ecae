# Launcher. onCreate asks for location + phone at once (at launch, bundled, no rationale);
# onResume -> askCamera asks again every time (no denial record); the microphone is asked only
# from a button (SplashActivity$1.onClick -> askMic): not at launch, no lifecycle.
.class public Lcom/mingcha/sample/SplashActivity;
.super Landroid/app/Activity;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const/4 v0, 0x2
    new-array v0, v0, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.ACCESS_FINE_LOCATION"
    aput-object v2, v0, v1
    const/4 v1, 0x1
    const-string v2, "android.permission.READ_PHONE_STATE"
    aput-object v2, v0, v1
    const/16 v1, 0x64
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    new-instance v0, Landroid/view/View;
    invoke-direct {v0, p0}, Landroid/view/View;-><init>(Landroid/content/Context;)V
    new-instance v1, Lcom/mingcha/sample/SplashActivity$1;
    invoke-direct {v1, p0}, Lcom/mingcha/sample/SplashActivity$1;-><init>(Lcom/mingcha/sample/SplashActivity;)V
    invoke-virtual {v0, v1}, Landroid/view/View;->setOnClickListener(Landroid/view/View$OnClickListener;)V
    new-instance v0, Lcom/mingcha/sample/ConsentDialog;
    invoke-direct {v0}, Lcom/mingcha/sample/ConsentDialog;-><init>()V
    invoke-virtual {v0, p0}, Lcom/mingcha/sample/ConsentDialog;->show(Landroid/app/Activity;)V
    return-void
.end method

.method protected onResume()V
    .registers 1
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    invoke-direct {p0}, Lcom/mingcha/sample/SplashActivity;->askCamera()V
    return-void
.end method

.method private askCamera()V
    .registers 4
    const/4 v0, 0x1
    new-array v0, v0, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.CAMERA"
    aput-object v2, v0, v1
    const/16 v1, 0x65
    invoke-virtual {p0, v0, v1}, Lcom/mingcha/sample/SplashActivity;->requestPermissions([Ljava/lang/String;I)V
    return-void
.end method

.method askMic()V
    .registers 4
    const/4 v0, 0x1
    new-array v0, v0, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.RECORD_AUDIO"
    aput-object v2, v0, v1
    const/16 v1, 0x66
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    return-void
.end method
