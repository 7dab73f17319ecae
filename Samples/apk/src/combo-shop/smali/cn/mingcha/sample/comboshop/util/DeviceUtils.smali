.class public Lcn/mingcha/sample/comboshop/util/DeviceUtils;
.super Ljava/lang/Object;
.source "DeviceUtils.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static readClipboard(Landroid/content/Context;)Landroid/content/ClipData;
    .locals 6
    const-string v0, "clipboard"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/content/ClipboardManager;
    invoke-virtual {v0}, Landroid/content/ClipboardManager;->getPrimaryClip()Landroid/content/ClipData;
    move-result-object v0
    return-object v0
.end method
