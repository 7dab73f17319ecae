# Control: exits, but nothing about privacy or disagreeing is near it.
.class public Lcom/mingcha/sample/ExitHelper;
.super Ljava/lang/Object;

.method public static quit()V
    .registers 2
    const-string v0, "bye"
    invoke-static {}, Landroid/os/Process;->myPid()I
    move-result v1
    invoke-static {v1}, Landroid/os/Process;->killProcess(I)V
    return-void
.end method
