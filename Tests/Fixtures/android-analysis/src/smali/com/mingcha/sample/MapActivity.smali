# Control for repeat/rationale: onResume reads a stored refusal before asking, checks
# shouldShowRequestPermissionRationale, and onRequestPermissionsResult stores the refusal.
.class public Lcom/mingcha/sample/MapActivity;
.super Landroid/app/Activity;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onResume()V
    .registers 6
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, "perm"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Lcom/mingcha/sample/MapActivity;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    const-string v2, "location_denied"
    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    if-nez v0, :done
    const-string v2, "android.permission.ACCESS_FINE_LOCATION"
    invoke-virtual {p0, v2}, Lcom/mingcha/sample/MapActivity;->shouldShowRequestPermissionRationale(Ljava/lang/String;)Z
    const/4 v0, 0x1
    new-array v0, v0, [Ljava/lang/String;
    aput-object v2, v0, v1
    const/4 v3, 0x7
    invoke-static {p0, v0, v3}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    :done
    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 7
    const-string v0, "perm"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Lcom/mingcha/sample/MapActivity;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v0
    const-string v2, "location_denied"
    const/4 v3, 0x1
    invoke-interface {v0, v2, v3}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;
    move-result-object v0
    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V
    return-void
.end method
