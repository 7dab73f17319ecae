.class public interface abstract Lcom/mingcha/sample/Probe;
.super Ljava/lang/Object;

.method public abstract collect(Landroid/content/Context;)Ljava/lang/String;
.end method
