.class final Lcn/mingcha/sample/comboloan/SplashActivity$DisagreeListener;
.super Ljava/lang/Object;
.source "SplashActivity.java"

.implements Landroid/content/DialogInterface$OnClickListener;

.field final synthetic this$0:Lcn/mingcha/sample/comboloan/SplashActivity;

.method constructor <init>(Lcn/mingcha/sample/comboloan/SplashActivity;)V
    .locals 0
    iput-object p1, p0, Lcn/mingcha/sample/comboloan/SplashActivity$DisagreeListener;->this$0:Lcn/mingcha/sample/comboloan/SplashActivity;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .locals 6
    iget-object v0, p0, Lcn/mingcha/sample/comboloan/SplashActivity$DisagreeListener;->this$0:Lcn/mingcha/sample/comboloan/SplashActivity;
    invoke-static {}, Landroid/os/Process;->myPid()I
    move-result v1
    invoke-static {v1}, Landroid/os/Process;->killProcess(I)V
    return-void
.end method
