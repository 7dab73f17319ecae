.class public Lcn/mingcha/facts/ContactsReader;
.super Ljava/lang/Object;

# Contacts through a URI string, SMS through the framework constant.
.method public static contacts(Landroid/content/ContentResolver;)Landroid/database/Cursor;
    .registers 7
    const-string v0, "content://com.android.contacts/contacts"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v1
    const/4 v2, 0x0
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    move-object v0, p0
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    return-object v0
.end method

.method public static sms(Landroid/content/ContentResolver;)Landroid/database/Cursor;
    .registers 7
    sget-object v1, Landroid/provider/Telephony$Sms;->CONTENT_URI:Landroid/net/Uri;
    const/4 v2, 0x0
    move-object v3, v2
    move-object v4, v2
    move-object v5, v2
    move-object v0, p0
    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;
    move-result-object v0
    return-object v0
.end method
