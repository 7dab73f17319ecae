.class final Lcn/mingcha/sample/disagreeexits/SplashActivity$DisagreeListener;
.super Ljava/lang/Object;
.source "SplashActivity.java"

.implements Landroid/content/DialogInterface$OnClickListener;

.field final synthetic this$0:Lcn/mingcha/sample/disagreeexits/SplashActivity;

.method constructor <init>(Lcn/mingcha/sample/disagreeexits/SplashActivity;)V
    .locals 0
    iput-object p1, p0, Lcn/mingcha/sample/disagreeexits/SplashActivity$DisagreeListener;->this$0:Lcn/mingcha/sample/disagreeexits/SplashActivity;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .locals 6
    iget-object v0, p0, Lcn/mingcha/sample/disagreeexits/SplashActivity$DisagreeListener;->this$0:Lcn/mingcha/sample/disagreeexits/SplashActivity;
    invoke-virtual {v0}, Landroid/app/Activity;->finish()V
    const/4 v1, 0x0
    invoke-static {v1}, Ljava/lang/System;->exit(I)V
    return-void
.end method
