# A second DEX (multidex): an SDK class with its own call sites into the framework.
.class public Lcom/umeng/commonsdk/UMConfigure;
.super Ljava/lang/Object;

.method public static init(Landroid/content/Context;Ljava/lang/String;)V
    .registers 4
    const-string v0, "android_id"
    invoke-virtual {p0}, Landroid/content/Context;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v1
    invoke-static {v1, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    iget-object v1, p0, Lcom/umeng/commonsdk/UMConfigure;->missing:Ljava/lang/Object;
    return-void
.end method
