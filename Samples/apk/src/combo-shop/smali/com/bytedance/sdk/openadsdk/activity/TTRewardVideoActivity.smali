.class public Lcom/bytedance/sdk/openadsdk/activity/TTRewardVideoActivity;
.super Landroid/app/Activity;
.source "TTRewardVideoActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
