"""Stand-ins for third-party SDKs common in Chinese apps, under the SDKs' real package and class
names (so the knowledge base recognises them) and with the kind of calls the real SDKs make.
They are not the SDKs' code: each is a few methods that do what the vendor's privacy documentation
says the SDK does (read identifiers, the app list, sensors, location), so a scanner has something
real to find.

Each SDK: classes (descriptor -> smali), init (smali lines calling its init from a Context in
`ctx`; may use v1..v4), manifest (XML inside <application>, `{pkg}` = app package), permissions,
and policy (name, company, purpose, information as a policy's SDK table would list it).
"""
from smali_parts import cls, ctor, method, READS

OBJ = "Ljava/lang/Object;"


def _reads(desc, names):
    body = ctor(OBJ).replace("{SELF}", desc)
    for n in names:
        sig, b = READS[n]
        body += method("static " + sig, b)
    return cls(desc, OBJ, body)


def _static_class(desc, methods, sup=OBJ, implements=()):
    body = ctor(sup).replace("{SELF}", desc)
    for sig, lines, static in methods:
        body += method(("static " if static else "") + sig, lines)
    return cls(desc, sup, body, implements=implements)


def _component(desc, sup, methods=()):
    body = ctor(sup).replace("{SELF}", desc)
    for sig, lines in methods:
        body += method(sig, lines)
    return cls(desc, sup, body)


def _call(desc, name):
    return "invoke-static {p0}, %s->%s" % (desc, READS[name][0])


# --- Umeng (友盟+): UMConfigure.init reads Android ID, MAC and IMEI through its DeviceConfig.
_UM_DEV = "Lcom/umeng/commonsdk/statistics/common/DeviceConfig;"
UMENG = {
    "classes": {
        _UM_DEV: _reads(_UM_DEV, ["android_id", "mac", "imei"]),
        "Lcom/umeng/commonsdk/UMConfigure;": _static_class("Lcom/umeng/commonsdk/UMConfigure;", [
            ("init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V",
             [_call(_UM_DEV, "android_id"), _call(_UM_DEV, "mac"), _call(_UM_DEV, "imei"), "return-void"], True),
            # The compliant pre-initialisation: stores the key, collects nothing.
            ("preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V", ["return-void"], True),
        ]),
        "Lcom/umeng/analytics/MobclickAgent;": _static_class("Lcom/umeng/analytics/MobclickAgent;", [
            ("onResume(Landroid/content/Context;)V", ["return-void"], True),
            ("onPause(Landroid/content/Context;)V", ["return-void"], True),
        ]),
    },
    "init": lambda ctx: ['const-string v1, "5f8d2c1e80455950e4a3b2c1"', 'const-string v2, "official"', "const/4 v3, 0x1",
                         "const/4 v4, 0x0",
                         "invoke-static {%s, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V" % ctx],
    "manifest": '<meta-data android:name="UMENG_APPKEY" android:value="5f8d2c1e80455950e4a3b2c1"/>\n'
                '<meta-data android:name="UMENG_CHANNEL" android:value="official"/>',
    "permissions": ["android.permission.ACCESS_NETWORK_STATE", "android.permission.ACCESS_WIFI_STATE", "android.permission.READ_PHONE_STATE"],
    "policy": ("友盟+ SDK", "友盟同欣（北京）科技有限公司", "统计分析",
               "设备标识符（IMEI、Android ID、OAID）、MAC地址、设备信息（设备型号、操作系统版本）、网络信息"),
}

# --- JPush (极光推送): init reads IMEI and the installed-app list; the manifest carries its
#     process-start provider, an exported DaemonService other JPush apps wake, and a receiver
#     for unlock / network / package events.
_JP_DEV = "Lcn/jpush/android/helper/DeviceInfo;"
_JP_WAKE = "Lcn/jpush/android/service/WakeUpHelper;"
JPUSH = {
    "classes": {
        _JP_DEV: _reads(_JP_DEV, ["imei", "app_list"]),
        "Lcn/jpush/android/api/JPushInterface;": _static_class("Lcn/jpush/android/api/JPushInterface;", [
            ("init(Landroid/content/Context;)V", [_call(_JP_DEV, "imei"), _call(_JP_DEV, "app_list"), "return-void"], True),
            ("setDebugMode(Z)V", ["return-void"], True),
        ]),
        _JP_WAKE: _static_class(_JP_WAKE, [
            # Wakes the DaemonService of another app that embeds JPush (关联启动).
            ("wakeOthers(Landroid/content/Context;)V", [
                "new-instance v0, Landroid/content/Intent;",
                "invoke-direct {v0}, Landroid/content/Intent;-><init>()V",
                "new-instance v1, Landroid/content/ComponentName;",
                'const-string v2, "com.sina.weibo"',
                'const-string v3, "cn.jpush.android.service.DaemonService"',
                "invoke-direct {v1, v2, v3}, Landroid/content/ComponentName;-><init>(Ljava/lang/String;Ljava/lang/String;)V",
                "invoke-virtual {v0, v1}, Landroid/content/Intent;->setComponent(Landroid/content/ComponentName;)Landroid/content/Intent;",
                "invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;",
                "return-void"], True),
        ]),
        "Lcn/jpush/android/service/PushService;": _component("Lcn/jpush/android/service/PushService;", "Landroid/app/Service;", [
            ("onBind(Landroid/content/Intent;)Landroid/os/IBinder;", ["const/4 v0, 0x0", "return-object v0"]),
            ("onCreate()V", ["invoke-super {p0}, Landroid/app/Service;->onCreate()V",
                             "invoke-static {p0}, %s->wakeOthers(Landroid/content/Context;)V" % _JP_WAKE, "return-void"]),
        ]),
        "Lcn/jpush/android/service/DaemonService;": _component("Lcn/jpush/android/service/DaemonService;", "Landroid/app/Service;", [
            ("onBind(Landroid/content/Intent;)Landroid/os/IBinder;", ["const/4 v0, 0x0", "return-object v0"]),
        ]),
        "Lcn/jpush/android/service/PushReceiver;": _component("Lcn/jpush/android/service/PushReceiver;", "Landroid/content/BroadcastReceiver;", [
            ("onReceive(Landroid/content/Context;Landroid/content/Intent;)V",
             ["invoke-static {p1}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V", "return-void"]),
        ]),
        # Initialises JPush when the process starts, before any activity (and any consent).
        "Lcn/jpush/android/service/DataProvider;": _component("Lcn/jpush/android/service/DataProvider;", "Landroid/content/ContentProvider;", [
            ("onCreate()Z", ["invoke-virtual {p0}, Landroid/content/ContentProvider;->getContext()Landroid/content/Context;",
                             "move-result-object v0",
                             "invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V",
                             "const/4 v0, 0x1", "return v0"]),
        ]),
    },
    "init": lambda ctx: ["invoke-static {%s}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V" % ctx],
    "manifest": '''<service android:name="cn.jpush.android.service.PushService" android:exported="false" android:process=":pushcore"/>
<service android:name="cn.jpush.android.service.DaemonService" android:exported="true">
    <intent-filter>
        <action android:name="cn.jpush.android.intent.DaemonService"/>
        <category android:name="{pkg}"/>
    </intent-filter>
</service>
<receiver android:name="cn.jpush.android.service.PushReceiver" android:exported="true">
    <intent-filter android:priority="1000">
        <action android:name="cn.jpush.android.intent.NOTIFICATION_RECEIVED_PROXY"/>
        <category android:name="{pkg}"/>
    </intent-filter>
    <intent-filter>
        <action android:name="android.intent.action.USER_PRESENT"/>
        <action android:name="android.net.conn.CONNECTIVITY_CHANGE"/>
    </intent-filter>
    <intent-filter>
        <action android:name="android.intent.action.PACKAGE_ADDED"/>
        <action android:name="android.intent.action.PACKAGE_REMOVED"/>
        <data android:scheme="package"/>
    </intent-filter>
</receiver>
<provider android:name="cn.jpush.android.service.DataProvider" android:authorities="{pkg}.DataProvider" android:exported="false" android:process=":pushcore"/>
<meta-data android:name="JPUSH_APPKEY" android:value="7d4e9f3a1b2c8d6e5f4a3b2c"/>
<meta-data android:name="JPUSH_CHANNEL" android:value="developer-default"/>''',
    "permissions": ["android.permission.RECEIVE_USER_PRESENT", "android.permission.WAKE_LOCK", "android.permission.VIBRATE",
                    "android.permission.READ_PHONE_STATE", "android.permission.ACCESS_NETWORK_STATE"],
    "policy": ("极光推送 SDK", "深圳市和讯华谷信息技术有限公司", "消息推送",
               "设备标识符（IMEI、Android ID、OAID）、应用安装列表、网络信息、设备信息"),
}

# --- Bugly (腾讯Bugly crash reporting): reads the Android ID.
_BG_DEV = "Lcom/tencent/bugly/crashreport/common/info/DeviceInfo;"
BUGLY = {
    "classes": {
        _BG_DEV: _reads(_BG_DEV, ["android_id"]),
        "Lcom/tencent/bugly/crashreport/CrashReport;": _static_class("Lcom/tencent/bugly/crashreport/CrashReport;", [
            ("initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V", [_call(_BG_DEV, "android_id"), "return-void"], True),
        ]),
    },
    "init": lambda ctx: ['const-string v1, "a1b2c3d4e5"', "const/4 v2, 0x0",
                         "invoke-static {%s, v1, v2}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V" % ctx],
    "manifest": "",
    "permissions": ["android.permission.ACCESS_NETWORK_STATE"],
    "policy": ("腾讯Bugly SDK", "深圳市腾讯计算机系统有限公司", "崩溃日志上报与分析",
               "设备信息（设备型号、操作系统版本）、Android ID、网络信息、崩溃日志"),
}

# --- Pangle (穿山甲 ads): init reads identifiers and the app list; its shake-to-open ad
#     view registers the accelerometer.
_TT = "Lcom/bytedance/sdk/openadsdk/"
_TT_DEV = _TT + "core/DeviceUtils;"
_TT_SHAKE = _TT + "core/widget/ShakeListener;"
PANGLE = {
    "classes": {
        _TT_DEV: _reads(_TT_DEV, ["android_id", "imei", "app_list"]),
        _TT + "TTAdConfig;": _static_class(_TT + "TTAdConfig;", []),
        _TT_SHAKE: cls(_TT_SHAKE, OBJ, ctor(OBJ).replace("{SELF}", _TT_SHAKE)
                       + method("start(Landroid/content/Context;)V", [
                           'const-string v0, "sensor"',
                           "invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;",
                           "move-result-object v0", "check-cast v0, Landroid/hardware/SensorManager;",
                           "const/4 v1, 0x1",
                           "invoke-virtual {v0, v1}, Landroid/hardware/SensorManager;->getDefaultSensor(I)Landroid/hardware/Sensor;",
                           "move-result-object v1", "const/4 v2, 0x2",
                           "invoke-virtual {v0, p0, v1, v2}, Landroid/hardware/SensorManager;->registerListener(Landroid/hardware/SensorEventListener;Landroid/hardware/Sensor;I)Z",
                           "return-void"])
                       + method("onSensorChanged(Landroid/hardware/SensorEvent;)V", ["return-void"])
                       + method("onAccuracyChanged(Landroid/hardware/Sensor;I)V", ["return-void"]),
                       implements=["Landroid/hardware/SensorEventListener;"]),
        _TT + "TTAdSdk;": _static_class(_TT + "TTAdSdk;", [
            ("init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V",
             [_call(_TT_DEV, "android_id"), _call(_TT_DEV, "imei"), _call(_TT_DEV, "app_list"),
              "new-instance v0, %s" % _TT_SHAKE, "invoke-direct {v0}, %s-><init>()V" % _TT_SHAKE,
              "invoke-virtual {v0, p0}, %s->start(Landroid/content/Context;)V" % _TT_SHAKE, "return-void"], True),
        ]),
        _TT + "activity/TTRewardVideoActivity;": _component(_TT + "activity/TTRewardVideoActivity;", "Landroid/app/Activity;"),
    },
    "init": lambda ctx: ["new-instance v1, Lcom/bytedance/sdk/openadsdk/TTAdConfig;",
                         "invoke-direct {v1}, Lcom/bytedance/sdk/openadsdk/TTAdConfig;-><init>()V",
                         "invoke-static {%s, v1}, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V" % ctx],
    "manifest": '<activity android:name="com.bytedance.sdk.openadsdk.activity.TTRewardVideoActivity" android:exported="false"/>',
    "permissions": ["android.permission.ACCESS_NETWORK_STATE", "android.permission.READ_PHONE_STATE"],
    "policy": ("穿山甲 SDK", "北京巨量引擎网络技术有限公司", "广告投放与广告效果监测",
               "设备标识符（IMEI、Android ID、OAID）、应用安装列表、传感器信息（加速度传感器）、设备信息、网络信息"),
}

# --- AMap location (高德定位): the privacy-compliance API (updatePrivacyShow/Agree) and a client
#     that reads the location.
_AM = "Lcom/amap/api/location/AMapLocationClient;"
AMAP = {
    "classes": {
        _AM: cls(_AM, OBJ, ctor(OBJ, [("context", "Landroid/content/Context;")]).replace("{SELF}", _AM)
                 + method("static updatePrivacyShow(Landroid/content/Context;ZZ)V", ["return-void"])
                 + method("static updatePrivacyAgree(Landroid/content/Context;Z)V", ["return-void"])
                 + method("startLocation()V", [
                     "iget-object v0, p0, %s->context:Landroid/content/Context;" % _AM,
                     'const-string v1, "location"',
                     "invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;",
                     "move-result-object v0", "check-cast v0, Landroid/location/LocationManager;",
                     'const-string v1, "network"',
                     "invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;",
                     "return-void"])),
        "Lcom/amap/api/location/APSService;": _component("Lcom/amap/api/location/APSService;", "Landroid/app/Service;", [
            ("onBind(Landroid/content/Intent;)Landroid/os/IBinder;", ["const/4 v0, 0x0", "return-object v0"]),
        ]),
    },
    "init": lambda ctx: ["const/4 v1, 0x1",
                         "invoke-static {%s, v1, v1}, %s->updatePrivacyShow(Landroid/content/Context;ZZ)V" % (ctx, _AM),
                         "invoke-static {%s, v1}, %s->updatePrivacyAgree(Landroid/content/Context;Z)V" % (ctx, _AM)],
    "manifest": '<service android:name="com.amap.api.location.APSService" android:exported="false"/>\n'
                '<meta-data android:name="com.amap.api.v2.apikey" android:value="0f1e2d3c4b5a69788796a5b4c3d2e1f0"/>',
    "permissions": ["android.permission.ACCESS_COARSE_LOCATION", "android.permission.ACCESS_FINE_LOCATION",
                    "android.permission.ACCESS_NETWORK_STATE"],
    "policy": ("高德定位 SDK", "高德软件有限公司", "提供定位服务（显示附近天气）",
               "位置信息（经纬度、精确位置、粗略位置）、设备信息（设备型号、操作系统版本）、网络信息、WLAN信息、基站信息、蓝牙信息、传感器信息（加速度、方向、地磁）、设备标识符（Android ID、OAID）"),
    # Starts a location request from app code (after consent in the samples that use it).
    "use": lambda ctx: ["new-instance v1, %s" % _AM, "invoke-direct {v1, %s}, %s-><init>(Landroid/content/Context;)V" % (ctx, _AM),
                        "invoke-virtual {v1}, %s->startLocation()V" % _AM],
}

SDKS = {"umeng": UMENG, "jpush": JPUSH, "bugly": BUGLY, "pangle": PANGLE, "amap": AMAP}
