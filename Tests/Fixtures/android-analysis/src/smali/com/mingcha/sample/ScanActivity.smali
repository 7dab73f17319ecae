# The permission names live in a static String[] filled by <clinit>; onStart asks for them.
.class public Lcom/mingcha/sample/ScanActivity;
.super Landroid/app/Activity;

.field static final PERMS:[Ljava/lang/String;

.method static constructor <clinit>()V
    .registers 4
    const/4 v0, 0x2
    new-array v0, v0, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.CAMERA"
    aput-object v2, v0, v1
    const/4 v1, 0x1
    const-string v2, "android.permission.READ_EXTERNAL_STORAGE"
    aput-object v2, v0, v1
    sput-object v0, Lcom/mingcha/sample/ScanActivity;->PERMS:[Ljava/lang/String;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onStart()V
    .registers 3
    invoke-super {p0}, Landroid/app/Activity;->onStart()V
    sget-object v0, Lcom/mingcha/sample/ScanActivity;->PERMS:[Ljava/lang/String;
    const/16 v1, 0x9
    invoke-static {p0, v0, v1}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    return-void
.end method
