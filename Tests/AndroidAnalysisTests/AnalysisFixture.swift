import Foundation
@testable import MingchaKit

/// The smali-built fixture app (Tests/Fixtures/android-analysis, see build.sh) loaded the way the
/// scanner loads an APK, with a small knowledge base of its own.
struct AnalysisFixture {
    let dex: DexIndex
    let manifest: AndroidManifest
    let resources: ResourceTable?

    static let shared: Result<AnalysisFixture, Error> = Result { try AnalysisFixture(apk: "analysis.apk") }

    static func load() throws -> AnalysisFixture { try shared.get() }

    init(apk: String) throws {
        let limits = ScanLimits()
        let path = MingchaPaths.testFixtures.appendingPathComponent("android-analysis").appendingPathComponent(apk).path
        let zip = try ZipArchive(path: path, limits: limits, budget: InflateBudget(limits: limits))
        let contents = try ApkManifestLoader.load(zip, limits: limits)
        manifest = contents.manifest
        resources = contents.resources
        dex = try DexIndex.build(apk: zip, limits: limits)
    }

    static let knowledge = KnowledgeBase(
        permissions: [
            "android.permission.ACCESS_FINE_LOCATION": PermissionInfo(name: "android.permission.ACCESS_FINE_LOCATION",
                                                                      infoTypes: ["location"], sensitive: true),
            "android.permission.READ_PHONE_STATE": PermissionInfo(name: "android.permission.READ_PHONE_STATE",
                                                                  infoTypes: ["device_id"], sensitive: true),
            "android.permission.CAMERA": PermissionInfo(name: "android.permission.CAMERA", infoTypes: ["camera"], sensitive: true),
        ],
        sensitiveAPIs: [
            SensitiveAPI(id: "imei", owner: "Landroid/telephony/TelephonyManager;", method: "getDeviceId", infoTypes: ["device_id"]),
            SensitiveAPI(id: "phone", owner: "Landroid/telephony/TelephonyManager;", method: "getLine1Number", infoTypes: ["phone_number"]),
            SensitiveAPI(id: "mac", owner: "Landroid/net/wifi/WifiInfo;", method: "getMacAddress", infoTypes: ["mac_address"]),
            SensitiveAPI(id: "serial", owner: "Landroid/os/Build;", method: "getSerial", infoTypes: ["device_id"]),
            SensitiveAPI(id: "android_id", owner: "Landroid/provider/Settings$Secure;", method: "getString", infoTypes: ["android_id"]),
            SensitiveAPI(id: "last_location", owner: "Landroid/location/LocationManager;", method: "getLastKnownLocation",
                         infoTypes: ["location"]),
        ],
        sdks: [SDKSignature(id: "umeng", nameEn: "Umeng", category: "analytics", packagePrefixes: ["com.umeng"],
                            components: ["com.umeng.sdk.AutoInitProvider"], collects: ["device_id"], collectsKnown: true,
                            initMethods: ["Lcom/umeng/commonsdk/UMConfigure;->init"])])
}
