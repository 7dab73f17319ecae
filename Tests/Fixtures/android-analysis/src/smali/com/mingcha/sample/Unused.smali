# Control: reads the phone number but nothing at start reaches it.
.class public Lcom/mingcha/sample/Unused;
.super Ljava/lang/Object;

.method public static leak(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
    .registers 2
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getLine1Number()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
