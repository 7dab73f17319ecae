.class final Lcn/mingcha/sample/cleanshop/SplashActivity$AgreeListener;
.super Ljava/lang/Object;
.source "SplashActivity.java"

.implements Landroid/content/DialogInterface$OnClickListener;

.field final synthetic this$0:Lcn/mingcha/sample/cleanshop/SplashActivity;

.method constructor <init>(Lcn/mingcha/sample/cleanshop/SplashActivity;)V
    .locals 0
    iput-object p1, p0, Lcn/mingcha/sample/cleanshop/SplashActivity$AgreeListener;->this$0:Lcn/mingcha/sample/cleanshop/SplashActivity;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .locals 6
    iget-object v0, p0, Lcn/mingcha/sample/cleanshop/SplashActivity$AgreeListener;->this$0:Lcn/mingcha/sample/cleanshop/SplashActivity;
    const-string v4, "app_prefs"
    const/4 v5, 0x0
    invoke-virtual {v0, v4, v5}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v4
    invoke-interface {v4}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v4
    const-string v3, "privacy_agreed"
    const/4 v5, 0x1
    invoke-interface {v4, v3, v5}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;
    move-result-object v4
    invoke-interface {v4}, Landroid/content/SharedPreferences$Editor;->apply()V
    invoke-virtual {v0}, Lcn/mingcha/sample/cleanshop/SplashActivity;->enterApp()V
    return-void
.end method
