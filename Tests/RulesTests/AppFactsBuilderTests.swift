import XCTest
@testable import MingchaKit

final class AppFactsBuilderTests: XCTestCase {
    func testFinishAddsPermissionCollectionAndOrders() throws {
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.READ_CONTACTS", ["contacts"]),
                         TF.permission("android.permission.ACCESS_FINE_LOCATION", ["location"]),
                         TF.permission("android.permission.INTERNET", ["network_info"], sensitive: false),
                         TF.permission("android.permission.READ_CONTACTS", ["contacts"])]
        f.collection = [TF.collect("location", by: .sdk("amap")), TF.collect("clipboard")]
        f.limitations = ["b", "a", "b"]
        AppFactsBuilder.finish(&f)
        XCTAssertEqual(f.permissions.map(\.name), ["android.permission.ACCESS_FINE_LOCATION", "android.permission.INTERNET", "android.permission.READ_CONTACTS"])
        XCTAssertEqual(f.collection.map { "\($0.infoType):\($0.channel.rawValue)" },
                       ["clipboard:api", "contacts:permission", "location:permission", "location:api"])
        XCTAssertFalse(f.collection.contains { $0.infoType == "network_info" }, "non-sensitive permissions are not collection")
        XCTAssertEqual(f.limitations, ["a", "b"])
        // SDKs' documented collection becomes weaker collection facts, unless the code shows it.
        var h = TF.android()
        h.sdks = [TF.sdk("getui", zh: "个推", en: "Getui", vendor: nil, collects: ["app_list", "imei"])]
        h.collection = [TF.collect("imei", by: .sdk("getui"))]
        AppFactsBuilder.finish(&h)
        XCTAssertEqual(h.collection.map { "\($0.infoType):\($0.channel.rawValue)" }, ["app_list:sdkDocumented", "imei:api"])
        // Idempotent and order-independent.
        var g = f
        g.collection.reverse(); g.permissions.reverse()
        AppFactsBuilder.finish(&g)
        XCTAssertEqual(try JSONOutput.string(g), try JSONOutput.string(f))
    }

    /// The engine over a large app stays fast (rules are comparisons over facts, nothing more).
    func testEngineSpeedOnLargeFacts() throws {
        var f = TF.android()
        let types: [InfoType] = ["imei", "location", "contacts", "app_list", "clipboard", "mac", "sms", "device_info"]
        for i in 0..<200 { f.sdks.append(TF.sdk("sdk\(i)", zh: "SDK\(i)", en: "SDK \(i)", vendor: "厂商\(i)有限公司")) }
        for i in 0..<20_000 {
            f.collection.append(TF.collect(types[i % types.count], by: i % 3 == 0 ? .app : .sdk("sdk\(i % 200)"), "Lc\(i);->m()V"))
        }
        f.policy = TF.policy(mentions: ["location"])
        f.policy?.sdkDisclosures = (0..<100).map { SDKDisclosure(name: "SDK\($0)", infoTypes: ["imei"]) }
        let engine = try RuleEngine(vocabulary: TF.vocabulary)
        let start = Date()
        let out = engine.run(f)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(out.count, 100)
        XCTAssertLessThan(seconds, 5, "rule engine took \(seconds) s")
        print("rule engine: 20000 collection facts, 200 SDKs -> \(out.count) findings in \(String(format: "%.3f", seconds)) s")
    }
}

final class AndroidStartBuilderTests: XCTestCase {
    func testIdentityTraitsAndPackers() {
        var m = AndroidManifest(package: "com.example.shop")
        m.versionCode = 42; m.versionName = "4.2"; m.minSdk = 19; m.targetSdk = 22
        m.application.label = "Shop"; m.application.labelZh = "商城"
        let hit = PackerHit(id: "jiagu360", nameZh: "360加固", nameEn: "Qihoo 360 Jiagu", vendor: nil, confidence: .certain,
                            matches: [.init(kind: .nativeLib, pattern: "libjiagu*.so", value: "lib/arm64-v8a/libjiagu_a64.so", weak: false)])
        var f = AppFactsBuilder.android(manifest: m, packers: [hit])
        XCTAssertEqual(f.identity.id, "com.example.shop")
        XCTAssertEqual(f.identity.nameZh, "商城")
        XCTAssertEqual(f.identity.versionCode, "42")
        XCTAssertEqual(f.android?.targetSdkVersion, 22)
        XCTAssertEqual(f.limitations.count, 1)
        f.permissions = [TF.permission("android.permission.CAMERA", ["camera"])]
        let engine = try? RuleEngine(vocabulary: TF.vocabulary)
        let ids = Set(engine?.run(f).map(\.ruleId) ?? [])
        XCTAssertTrue(ids.isSuperset(of: ["android.code-hidden", "android.legacy-target-sdk"]), "\(ids)")
        XCTAssertEqual(engine?.run(f).first { $0.ruleId == "android.code-hidden" }?.evidence.first?.file, "lib/arm64-v8a/libjiagu_a64.so")
        // targetSdk absent: Android uses minSdk.
        m.targetSdk = nil
        XCTAssertEqual(AppFactsBuilder.android(manifest: m).android?.targetSdkVersion, 19)
    }
}
