import XCTest
@testable import MingchaKit

/// Pre-consent reachability over the fixture app: each planted start-up path is found with its
/// exact call path, and what start-up cannot reach (or reaches only after the consent check) is
/// not reported as unguarded.
final class PreConsentAnalysisTests: XCTestCase {
    func facts() throws -> [PreConsentFact] {
        let f = try AnalysisFixture.load()
        return PreConsentAnalysis.run(dex: f.dex, manifest: f.manifest, knowledge: AnalysisFixture.knowledge, sdks: [], limits: ScanLimits())
    }

    func testInterfaceCallIsResolvedToTheImplementation() throws {
        let imei = try facts().filter { $0.target == "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;" }
        XCTAssertEqual(imei.count, 1)
        let p = try XCTUnwrap(imei.first)
        XCTAssertEqual(p.entryKind, .applicationInit)
        XCTAssertEqual(p.callPath, ["Lcom/mingcha/sample/App;->onCreate()V",
                                    "Lcom/mingcha/sample/Tracker;->init(Landroid/content/Context;)V",
                                    "Lcom/mingcha/sample/ImeiProbe;->collect(Landroid/content/Context;)Ljava/lang/String;",
                                    "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"])
        XCTAssertEqual(p.guardedByConsentCheck, false, "Tracker.init is called before the consent flag is read")
        XCTAssertEqual(p.infoTypes, ["device_id"])
        XCTAssertEqual(p.collector, .app)
        XCTAssertEqual(p.evidence.first?.kind, .callPath)
        XCTAssertEqual(p.evidence.first?.path, p.callPath)
    }

    func testSDKInitAfterConsentCheckIsGuarded() throws {
        let inits = try facts().filter { $0.targetKind == .sdkInit }
        XCTAssertEqual(inits.count, 1)
        let p = try XCTUnwrap(inits.first)
        XCTAssertEqual(p.target, "Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;II)V")
        XCTAssertEqual(p.callPath.first, "Lcom/mingcha/sample/App;->onCreate()V")
        XCTAssertEqual(p.guardedByConsentCheck, true)
        XCTAssertEqual(p.collector, .sdk("umeng"))
    }

    func testThreadStartedAtAttachReachesRunnable() throws {
        let mac = try XCTUnwrap(facts().first { $0.target.hasPrefix("Landroid/net/wifi/WifiInfo;->getMacAddress") })
        XCTAssertEqual(mac.callPath, ["Lcom/mingcha/sample/App;->attachBaseContext(Landroid/content/Context;)V",
                                      "Lcom/mingcha/sample/App$1;->run()V",
                                      "Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;"])
        XCTAssertEqual(mac.guardedByConsentCheck, false)
    }

    func testStaticInitialiserAndProviders() throws {
        let all = try facts()
        let serial = try XCTUnwrap(all.first { $0.target.hasPrefix("Landroid/os/Build;->getSerial") })
        XCTAssertEqual(serial.entryKind, .staticInit)
        XCTAssertEqual(serial.entryPoint, "Lcom/mingcha/sample/App;-><clinit>()V")

        let androidId = try XCTUnwrap(all.first { $0.target.hasPrefix("Landroid/provider/Settings$Secure;->getString") })
        XCTAssertEqual(androidId.entryKind, .providerInit)
        XCTAssertEqual(androidId.entryPoint, "Lcom/umeng/sdk/AutoInitProvider;->onCreate()Z")
        XCTAssertEqual(androidId.collector, .sdk("umeng"), "the provider's code belongs to the SDK")

        let startup = try XCTUnwrap(all.first { $0.target.hasPrefix("Landroid/location/LocationManager;->getLastKnownLocation") })
        XCTAssertEqual(startup.entryKind, .providerInit)
        XCTAssertEqual(startup.entryPoint, "Lcom/mingcha/sample/LocInit;->create(Landroid/content/Context;)Ljava/lang/Object;")

        let auto = all.filter { $0.targetKind == .autoInitProvider }
        XCTAssertEqual(auto.map(\.target), ["com.umeng.sdk.AutoInitProvider"])
        XCTAssertEqual(auto.first?.evidence.first?.kind, .manifestElement)
    }

    func testUnreachableAPIIsNotReported() throws {
        XCTAssertFalse(try facts().contains { $0.target.contains("getLine1Number") })
    }

    func testDepthBoundCutsLongPathsAndSaysSo() throws {
        let f = try AnalysisFixture.load()
        var limits = ScanLimits()
        limits.maxCallDepth = 1
        let r = PreConsentAnalysis.analyse(dex: f.dex, manifest: f.manifest, knowledge: AnalysisFixture.knowledge, sdks: [], limits: limits)
        XCTAssertTrue(r.truncated)
        XCTAssertFalse(r.facts.contains { $0.target.contains("getDeviceId") }, "getDeviceId is three calls deep")
        XCTAssertTrue(r.facts.contains { $0.target.contains("getMacAddress") }, "App$1.run is one step from attachBaseContext")
    }

    func testNoEntryPointsNoFacts() throws {
        let f = try AnalysisFixture.load()
        let bare = AndroidManifest(package: "com.mingcha.sample")
        XCTAssertEqual(PreConsentAnalysis.run(dex: f.dex, manifest: bare, knowledge: AnalysisFixture.knowledge, sdks: [],
                                              limits: ScanLimits()).count, 0)
    }
}
