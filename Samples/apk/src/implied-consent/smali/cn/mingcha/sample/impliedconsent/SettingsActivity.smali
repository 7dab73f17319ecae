.class public Lcn/mingcha/sample/impliedconsent/SettingsActivity;
.super Landroid/app/Activity;
.source "SettingsActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 6
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const v0, 0x7f020002
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/impliedconsent/SettingsActivity;->setContentView(I)V
    return-void
.end method

.method public onItemClick(Landroid/view/View;)V
    .locals 6
    return-void
.end method
