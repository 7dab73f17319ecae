.class public Lcn/mingcha/sample/backgroundlocation/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020000
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/backgroundlocation/MainActivity;->setContentView(I)V
    return-void
.end method

.method public onStartRunClick(Landroid/view/View;)V
    .locals 6
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcn/mingcha/sample/backgroundlocation/track/TrackService;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method
