.class public Lcn/mingcha/sample/backgroundjob/App;
.super Landroid/app/Application;
.source "App.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
.method public onCreate()V
    .locals 6
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    return-void
.end method
