import Foundation
import XCTest
@testable import MingchaKit

/// The facts fixture (`Tests/Fixtures/android-facts`, built by its build.sh with aapt, smali,
/// zipalign and apksigner) scanned once with a small in-memory knowledge base, so the tests do
/// not depend on the shipped signatures and know exactly which SDKs and APIs exist.
enum FactsFixture {
    static let dir = MingchaPaths.testFixtures.appendingPathComponent("android-facts")
    static var apk: String { dir.appendingPathComponent("facts.apk").path }

    static let knowledge: KnowledgeBase = {
        var kb = baseKnowledge
        kb.contentURIs = [
            ContentURIType(id: "contacts", infoTypes: ["contacts"], uriPrefixes: ["content://com.android.contacts"],
                           fields: ["Landroid/provider/ContactsContract$Contacts;->CONTENT_URI"]),
            ContentURIType(id: "sms", infoTypes: ["sms"], uriPrefixes: ["content://sms"], fields: ["Landroid/provider/Telephony$Sms;->CONTENT_URI"]),
            ContentURIType(id: "call_log", infoTypes: ["call_log"], uriPrefixes: ["content://call_log"], fields: ["Landroid/provider/CallLog$Calls;->CONTENT_URI"]),
        ]
        return kb
    }()

    static let baseKnowledge = KnowledgeBase(
        permissions: [
            "android.permission.READ_PHONE_STATE": PermissionInfo(name: "android.permission.READ_PHONE_STATE", zhName: "读取电话状态",
                                                                  infoTypes: ["device_id", "phone_number"], sensitive: true, protection: "dangerous"),
            "android.permission.ACCESS_FINE_LOCATION": PermissionInfo(name: "android.permission.ACCESS_FINE_LOCATION", zhName: "精确位置",
                                                                      infoTypes: ["location"], sensitive: true, protection: "dangerous"),
            "android.permission.INTERNET": PermissionInfo(name: "android.permission.INTERNET", infoTypes: [], sensitive: false, protection: "normal"),
        ],
        sensitiveAPIs: [
            SensitiveAPI(id: "tm.deviceid", owner: "Landroid/telephony/TelephonyManager;", method: "getDeviceId", infoTypes: ["device_id", "imei"]),
            SensitiveAPI(id: "wifi.info", owner: "Landroid/net/wifi/WifiManager;", method: "getConnectionInfo", infoTypes: ["wifi_info"]),
            SensitiveAPI(id: "loc.last", owner: "Landroid/location/LocationManager;", method: "getLastKnownLocation", infoTypes: ["location"]),
            SensitiveAPI(id: "build.serial", owner: "Landroid/os/Build;", method: "SERIAL", infoTypes: ["serial"], kind: .field),
            SensitiveAPI(id: "ContentResolver.query", owner: "Landroid/content/ContentResolver;", method: "query", infoTypes: [], needsURI: true),
            // Read only with the "android_id" argument, which the fixture never passes.
            SensitiveAPI(id: "secure.get", owner: "Landroid/provider/Settings$Secure;", method: "getString", infoTypes: ["android_id"],
                         argument: "android_id"),
            SensitiveAPI(id: "clip.get", owner: "Landroid/content/ClipboardManager;", method: "getPrimaryClip", infoTypes: ["clipboard"]),
        ],
        sdks: [
            SDKSignature(id: "umeng", nameZh: "友盟", nameEn: "Umeng", vendor: "Umeng", category: "push",
                         packagePrefixes: ["com.umeng"], metaDataKeys: ["UMENG_APPKEY"], collects: ["device_id"], collectsKnown: true,
                         initMethods: ["Lcom/umeng/commonsdk/UMConfigure;->init"]),
            SDKSignature(id: "bugly", nameEn: "Bugly", category: "crash", packagePrefixes: ["com.tencent.bugly"],
                         initMethods: ["Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport"]),
            SDKSignature(id: "baidu-location", nameEn: "Baidu Location", category: "location", packagePrefixes: ["com.baidu.location"]),
            SDKSignature(id: "absent", nameEn: "Not in the app", category: "ads", packagePrefixes: ["com.example.notthere"]),
        ])

    /// Scanned once per test process.
    static let scan: Result<PlatformScan, Error> = Result {
        try AndroidScan.run(path: apk, kind: .apk, options: ScanOptions(), knowledge: knowledge)
    }

    static func get() throws -> PlatformScan { try scan.get() }
}
