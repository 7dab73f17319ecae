# The microphone button of the launcher.
.class final Lcom/mingcha/sample/SplashActivity$1;
.super Ljava/lang/Object;
.implements Landroid/view/View$OnClickListener;

.field final synthetic this$0:Lcom/mingcha/sample/SplashActivity;

.method constructor <init>(Lcom/mingcha/sample/SplashActivity;)V
    .registers 2
    iput-object p1, p0, Lcom/mingcha/sample/SplashActivity$1;->this$0:Lcom/mingcha/sample/SplashActivity;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/view/View;)V
    .registers 3
    iget-object v0, p0, Lcom/mingcha/sample/SplashActivity$1;->this$0:Lcom/mingcha/sample/SplashActivity;
    invoke-virtual {v0}, Lcom/mingcha/sample/SplashActivity;->askMic()V
    return-void
.end method
