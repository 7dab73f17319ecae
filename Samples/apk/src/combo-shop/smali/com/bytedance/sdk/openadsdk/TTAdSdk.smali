.class public Lcom/bytedance/sdk/openadsdk/TTAdSdk;
.super Ljava/lang/Object;
.source "TTAdSdk.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V
    .locals 6
    invoke-static {p0}, Lcom/bytedance/sdk/openadsdk/core/DeviceUtils;->getAndroidId(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcom/bytedance/sdk/openadsdk/core/DeviceUtils;->getImei(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcom/bytedance/sdk/openadsdk/core/DeviceUtils;->getInstalledApps(Landroid/content/Context;)Ljava/util/List;
    new-instance v0, Lcom/bytedance/sdk/openadsdk/core/widget/ShakeListener;
    invoke-direct {v0}, Lcom/bytedance/sdk/openadsdk/core/widget/ShakeListener;-><init>()V
    invoke-virtual {v0, p0}, Lcom/bytedance/sdk/openadsdk/core/widget/ShakeListener;->start(Landroid/content/Context;)V
    return-void
.end method
