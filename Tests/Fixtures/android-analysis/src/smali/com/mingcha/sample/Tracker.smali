# Calls a Probe through its interface: only class-hierarchy resolution finds ImeiProbe.collect.
.class public Lcom/mingcha/sample/Tracker;
.super Ljava/lang/Object;

.method public static init(Landroid/content/Context;)V
    .registers 3
    new-instance v0, Lcom/mingcha/sample/ImeiProbe;
    invoke-direct {v0}, Lcom/mingcha/sample/ImeiProbe;-><init>()V
    invoke-interface {v0, p0}, Lcom/mingcha/sample/Probe;->collect(Landroid/content/Context;)Ljava/lang/String;
    return-void
.end method
