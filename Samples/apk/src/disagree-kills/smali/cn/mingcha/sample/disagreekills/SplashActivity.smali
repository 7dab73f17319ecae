.class public Lcn/mingcha/sample/disagreekills/SplashActivity;
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
    invoke-virtual {p0, v0}, Lcn/mingcha/sample/disagreekills/SplashActivity;->setContentView(I)V
    const-string v4, "app_prefs"
    const/4 v5, 0x0
    invoke-virtual {p0, v4, v5}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v4
    const-string v3, "privacy_agreed"
    const/4 v5, 0x0
    invoke-interface {v4, v3, v5}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    if-nez v0, :agreed
    invoke-direct {p0}, Lcn/mingcha/sample/disagreekills/SplashActivity;->showPrivacyDialog()V
    return-void
    :agreed
    invoke-virtual {p0}, Lcn/mingcha/sample/disagreekills/SplashActivity;->enterApp()V
    return-void
.end method

.method public enterApp()V
    .locals 6
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcn/mingcha/sample/disagreekills/MainActivity;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startActivity(Landroid/content/Intent;)V
    return-void
.end method

.method private showPrivacyDialog()V
    .locals 6
    new-instance v0, Landroid/app/AlertDialog$Builder;
    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V
    const-string v1, "用户协议与隐私政策"
    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;
    const-string v1, "欢迎使用极速清理！请您务必审慎阅读、充分理解《用户协议》和《隐私政策》各条款。点击“同意”即表示您已阅读并同意上述协议。"
    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;
    const/4 v1, 0x0
    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;
    const-string v1, "不同意"
    new-instance v2, Lcn/mingcha/sample/disagreekills/SplashActivity$DisagreeListener;
    invoke-direct {v2, p0}, Lcn/mingcha/sample/disagreekills/SplashActivity$DisagreeListener;-><init>(Lcn/mingcha/sample/disagreekills/SplashActivity;)V
    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;
    const-string v1, "同意"
    new-instance v2, Lcn/mingcha/sample/disagreekills/SplashActivity$AgreeListener;
    invoke-direct {v2, p0}, Lcn/mingcha/sample/disagreekills/SplashActivity$AgreeListener;-><init>(Lcn/mingcha/sample/disagreekills/SplashActivity;)V
    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;
    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;
    return-void
.end method
