.class public Lcn/mingcha/facts/Updater;
.super Ljava/lang/Object;

# Installs a downloaded APK; also carries the policy link and an unrelated URL.
.method public static install(Landroid/content/Intent;Landroid/net/Uri;)V
    .registers 4
    const-string v0, "application/vnd.android.package-archive"
    invoke-virtual {p0, p1, v0}, Landroid/content/Intent;->setDataAndType(Landroid/net/Uri;Ljava/lang/String;)Landroid/content/Intent;
    const-string v0, "https://www.mingcha.example/yinsi/agreement.html"
    const-string v1, "https://cdn.mingcha.example/img/logo.png"
    return-void
.end method
