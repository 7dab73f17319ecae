.class public Lcn/mingcha/sample/backgroundjob/SplashActivity;
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
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/backgroundjob/SplashActivity;->setContentView(I)V
    invoke-virtual {p0}, Lcn/mingcha/sample/backgroundjob/SplashActivity;->enterApp()V
    return-void
.end method

.method public enterApp()V
    .locals 6
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcn/mingcha/sample/backgroundjob/MainActivity;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V
    return-void
.end method
