# "Disagree": ends the process.
.class final Lcom/mingcha/sample/ConsentDialog$2;
.super Ljava/lang/Object;
.implements Landroid/content/DialogInterface$OnClickListener;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .registers 4
    const/4 v0, 0x0
    invoke-static {v0}, Ljava/lang/System;->exit(I)V
    return-void
.end method
