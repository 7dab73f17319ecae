# One method per group of Dalvik instruction formats; the test walks every instruction and checks
# the exact sequence of (pc, opcode) against the assembler's layout.
.class public Lcom/mingcha/fx/Formats;
.super Ljava/lang/Object;

.field public count:I
.field public static total:J
.field public items:[I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

# 10x 12x 22x 32x 11x 11n 21s 31i 21h 51l
.method public moves(I)J
    .registers 300
    nop
    move v0, v1
    move/from16 v2, v260
    move/16 v270, v271
    move-wide v2, v4
    move-wide/from16 v6, v280
    move-wide/16 v281, v283
    move-object v0, v1
    move-object/from16 v1, v285
    move-object/16 v286, v287
    const/4 v0, -3
    const/16 v1, -1000
    const v2, 0x12345678
    const/high16 v3, 0x7f010000
    const-wide/16 v4, -2
    const-wide/32 v6, 0x10000000
    const-wide v8, 0x123456789abcdef0L
    const-wide/high16 v10, 0x4010000000000000L
    return-wide v8
.end method

# 21c 31c 22c 35c 3rc 31t(fill-array-data) 11x 12x
.method public objects()Ljava/lang/Object;
    .registers 10
    const-string v0, "plain string"
    const-string/jumbo v1, "jumbo string"
    const-class v2, Landroid/telephony/TelephonyManager;
    monitor-enter p0
    monitor-exit p0
    check-cast v0, Ljava/lang/String;
    instance-of v3, v0, Ljava/lang/CharSequence;
    new-instance v4, Ljava/lang/StringBuilder;
    invoke-direct {v4}, Ljava/lang/StringBuilder;-><init>()V
    const/4 v5, 3
    new-array v6, v5, [I
    array-length v7, v6
    fill-array-data v6, :array
    filled-new-array {v5, v5, v5}, [I
    move-result-object v8
    filled-new-array/range {v1 .. v5}, [I
    move-result-object v8
    iget v5, p0, Lcom/mingcha/fx/Formats;->count:I
    iput v5, p0, Lcom/mingcha/fx/Formats;->count:I
    sget-wide v2, Lcom/mingcha/fx/Formats;->total:J
    sput-wide v2, Lcom/mingcha/fx/Formats;->total:J
    iget-object v6, p0, Lcom/mingcha/fx/Formats;->items:[I
    aget v5, v6, v7
    aput v5, v6, v7
    return-object v8
    :array
    .array-data 4
        1 2 3
    .end array-data
.end method

# 10t 20t 30t 21t 22t 23x 22s 22b 12x(2addr) 31t(switches) 11x(throw)
.method public control(II)I
    .registers 8
    :top
    if-eqz p1, :a
    if-ne p1, p2, :b
    goto :a
    :a
    goto/16 :b
    :b
    goto/32 :c
    :c
    cmp-long v0, v2, v4
    cmpl-float v1, p1, p2
    add-int v0, p1, p2
    sub-int/2addr v0, p1
    mul-int/lit16 v0, v0, 1000
    rsub-int v1, v0, -7
    shl-int/lit8 v1, v1, 2
    neg-int v1, v1
    int-to-long v2, v1
    packed-switch p1, :packed
    sparse-switch p2, :sparse
    if-gez v0, :done
    new-instance v3, Ljava/lang/IllegalStateException;
    invoke-direct {v3}, Ljava/lang/IllegalStateException;-><init>()V
    throw v3
    :done
    return v0
    :case0
    const/4 v0, 0
    return v0
    :case1
    const/4 v0, 1
    goto :top
    :packed
    .packed-switch 10
        :case0
        :case1
    .end packed-switch
    :sparse
    .sparse-switch
        0x5 -> :case0
        0x1000 -> :case1
        0x7fffffff -> :case0
    .end sparse-switch
.end method

# every invoke kind, range forms, move-exception
.method public invokes(Lcom/mingcha/fx/Api;)V
    .registers 12
    :try_start
    invoke-virtual {p0}, Ljava/lang/Object;->hashCode()I
    move-result v0
    invoke-super {p0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-direct {p0}, Lcom/mingcha/fx/Formats;->helper()V
    invoke-static {v0}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    invoke-interface {p1}, Lcom/mingcha/fx/Api;->call()V
    invoke-virtual/range {p0 .. p0}, Ljava/lang/Object;->hashCode()I
    invoke-super/range {p0 .. p0}, Ljava/lang/Object;->toString()Ljava/lang/String;
    invoke-direct/range {p0 .. p0}, Lcom/mingcha/fx/Formats;->helper()V
    invoke-static/range {v0 .. v5}, Lcom/mingcha/fx/Formats;->six(IIIIII)V
    invoke-interface/range {p1 .. p1}, Lcom/mingcha/fx/Api;->call()V
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :handler
    return-void
    :handler
    move-exception v0
    return-void
.end method

# 45cc 4rcc (invoke-polymorphic), 35c/3rc invoke-custom, const-method-handle, const-method-type
.method public modern(Ljava/lang/invoke/MethodHandle;)V
    .registers 10
    const/4 v0, 1
    const/4 v1, 2
    invoke-polymorphic {p1, v0, v1}, Ljava/lang/invoke/MethodHandle;->invoke([Ljava/lang/Object;)Ljava/lang/Object;, (II)V
    invoke-polymorphic/range {p1 .. p1}, Ljava/lang/invoke/MethodHandle;->invokeExact([Ljava/lang/Object;)Ljava/lang/Object;, ()V
    invoke-custom {v0}, call_site_0("run", (I)V, "extra")@Lcom/mingcha/fx/Formats;->bootstrap(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;
    invoke-custom/range {v0 .. v0}, call_site_0("run", (I)V, "extra")@Lcom/mingcha/fx/Formats;->bootstrap(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;
    const-method-handle v2, invoke-static@Ljava/lang/Integer;->toString(I)Ljava/lang/String;
    const-method-type v3, (II)I
    return-void
.end method

.method public static bootstrap(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;
    .registers 5
    const/4 v0, 0
    return-object v0
.end method

.method private helper()V
    .registers 1
    return-void
.end method

.method public static six(IIIIII)V
    .registers 6
    return-void
.end method
