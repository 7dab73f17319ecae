# The shape of a 360-packed app's only visible code: a stub Application that loads the real DEX
# through its native library (names from the packer's public fingerprints; no packer code here).
.class public final Lcom/stub/StubApp;
.super Landroid/app/Application;

.method static constructor <clinit>()V
    .registers 1
    const-string v0, "jiagu"
    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V
    return-void
.end method

.method protected attachBaseContext(Landroid/content/Context;)V
    .registers 2
    invoke-super {p0, p1}, Landroid/app/Application;->attachBaseContext(Landroid/content/Context;)V
    invoke-static {p0}, Lcom/stub/StubApp;->interface5(Landroid/app/Application;)V
    return-void
.end method

.method public static native interface5(Landroid/app/Application;)V
.end method
