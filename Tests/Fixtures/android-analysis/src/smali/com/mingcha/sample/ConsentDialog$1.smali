# "Agree": dismisses, does not exit.
.class final Lcom/mingcha/sample/ConsentDialog$1;
.super Ljava/lang/Object;
.implements Landroid/content/DialogInterface$OnClickListener;

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .registers 3
    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V
    return-void
.end method
