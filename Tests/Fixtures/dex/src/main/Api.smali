.class public interface abstract Lcom/mingcha/fx/Api;
.super Ljava/lang/Object;

.method public abstract call()V
.end method
