import XCTest
@testable import MingchaKit

final class CapabilityRulesTests: XCTestCase {
    func testBackgroundLocationBothPlatforms() {
        var a = TF.android()
        a.background = [BackgroundFact(infoTypes: ["background_location"], mechanism: .permission, detail: "android.permission.ACCESS_BACKGROUND_LOCATION",
                                       evidence: [Evidence(.manifestElement, detail: "ACCESS_BACKGROUND_LOCATION")])]
        XCTAssertEqual(TF.run("android.background-location", a).first?.types, [4])
        XCTAssertTrue(TF.run("android.background-collection", a).isEmpty, "location goes to background-location")
        var m = TF.miniProgram()
        m.background = [BackgroundFact(infoTypes: ["location"], mechanism: .backgroundMode, detail: "requiredBackgroundModes: location", evidence: [])]
        XCTAssertEqual(TF.run("miniprogram.background-location", m).count, 1)
        m.background = [BackgroundFact(infoTypes: ["microphone"], mechanism: .backgroundMode, detail: "audio", evidence: [])]
        XCTAssertTrue(TF.run("miniprogram.background-location", m).isEmpty)
    }

    func testBackgroundCollection() {
        var f = TF.android()
        f.background = [BackgroundFact(infoTypes: ["app_list"], mechanism: .periodicTask, detail: "Lcom/x/Job;->run", collector: .sdk("x"), evidence: [])]
        XCTAssertEqual(TF.run("android.background-collection", f).first?.sdk, "x")
    }

    func testSelfStartGroupsByCollector() {
        var f = TF.android()
        f.autostart = [AutostartFact(kind: .selfStart, trigger: "android.intent.action.BOOT_COMPLETED", component: "a.Boot", evidence: []),
                       AutostartFact(kind: .selfStart, trigger: "android.intent.action.USER_PRESENT", component: "a.Boot", evidence: []),
                       AutostartFact(kind: .selfStart, trigger: "android.net.conn.CONNECTIVITY_CHANGE", component: "cn.jpush.Receiver", collector: .sdk("jpush"), evidence: []),
                       AutostartFact(kind: .associatedStart, trigger: "com.other.app", component: "a.Waker", evidence: [])]
        let out = TF.run("android.self-start", f)
        XCTAssertEqual(out.count, 2)
        XCTAssertEqual(Set(out.map { $0.sdk ?? "" }), ["", "jpush"])
        XCTAssertEqual(out.first?.miitCategory, "C6")
        XCTAssertEqual(TF.run("android.associated-start", f).count, 1)
        f.autostart = []
        XCTAssertTrue(TF.run("android.self-start", f).isEmpty)
    }

    func testAppList() {
        var f = TF.android()
        f.collection = [TF.collect("app_list", "Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;"),
                        TF.collect("app_list", by: .sdk("getui"), via: .sdkDocumented)]
        let out = TF.run("android.app-list", f)
        XCTAssertEqual(out.count, 2)
        XCTAssertEqual(out.first { $0.sdk == "getui" }?.confidence, .suspected)
        XCTAssertEqual(out.first { $0.sdk == nil }?.confidence, .confirmed)
        f.collection = [TF.collect("running_apps")]
        XCTAssertTrue(TF.run("android.app-list", f).isEmpty)
    }

    func testDeviceIdentifiers() {
        var f = TF.android()
        f.collection = [TF.collect("imei"), TF.collect("mac"), TF.collect("oaid"), TF.collect("android_id")]
        let out = TF.run("android.device-identifiers", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertTrue(out[0].message.en.contains("IMEI") && out[0].message.en.contains("MAC"))
        XCTAssertFalse(out[0].message.en.contains("OAID"), "OAID can be reset")
        f.collection = [TF.collect("oaid"), TF.collect("android_id")]
        XCTAssertTrue(TF.run("android.device-identifiers", f).isEmpty)
    }

    func testShakeSensorsOnlyInAdSDKs() {
        var f = TF.android()
        f.sdks = [TF.sdk("pangle", zh: "穿山甲", en: "Pangle", vendor: nil, category: "ads"),
                  TF.sdk("fit", zh: "运动", en: "Fit", vendor: nil, category: "health")]
        f.collection = [TF.collect("sensors", by: .sdk("fit"))]
        XCTAssertTrue(TF.run("android.shake-sensors-in-ads", f).isEmpty)
        f.collection.append(TF.collect("sensors", by: .sdk("pangle")))
        XCTAssertEqual(TF.run("android.shake-sensors-in-ads", f).first?.sdk, "pangle")
    }

    func testInstallPackagesAndCodeHidden() {
        var f = TF.android()
        XCTAssertTrue(TF.run("android.install-packages", f).isEmpty)
        XCTAssertTrue(TF.run("android.code-hidden", f).isEmpty)
        f.android?.installsPackages = [Evidence(.dexCall, detail: "PackageInstaller")]
        f.android?.packers = ["jiagu"]
        XCTAssertEqual(TF.run("android.install-packages", f).count, 1)
        XCTAssertEqual(TF.run("android.code-hidden", f).first?.severity, .info)
    }

    func testNoAccountDeletion() {
        var f = TF.android()
        f.ui = UISignals(searched: true, hasAccounts: true, accountEvidence: [Evidence(.resource, detail: "登录")])
        XCTAssertEqual(TF.run("android.no-account-deletion", f).first?.types, [7])
        f.ui?.accountDeletionEntry = [Evidence(.resource, detail: "注销账号")]
        XCTAssertTrue(TF.run("android.no-account-deletion", f).isEmpty)
        f.ui = UISignals(searched: true, hasAccounts: false)
        XCTAssertTrue(TF.run("android.no-account-deletion", f).isEmpty, "no accounts, nothing to delete")
        f.ui = UISignals(searched: false, hasAccounts: true)
        XCTAssertTrue(TF.run("android.no-account-deletion", f).isEmpty, "UI text not read")
    }

    func testUndeclaredPrivateInfo() {
        var f = TF.miniProgram()
        f.declarations = [DeclarationFact(api: "wx.getLocation", infoTypes: ["location"], declaredIn: "app.json requiredPrivateInfos", declared: false, evidence: []),
                          DeclarationFact(api: "wx.chooseAddress", infoTypes: ["address"], declaredIn: "app.json requiredPrivateInfos", declared: true, evidence: [])]
        let out = TF.run("miniprogram.undeclared-private-info", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertTrue(out[0].message.en.contains("wx.getLocation"))
    }

    func testClipboardBothPlatforms() {
        var m = TF.miniProgram()
        m.collection = [TF.collect("clipboard", via: .miniProgramAPI, "wx.getClipboardData")]
        XCTAssertEqual(TF.run("miniprogram.clipboard-read", m).count, 1)
        XCTAssertTrue(TF.run("android.clipboard-read", m).isEmpty)
        var a = TF.android()
        a.collection = [TF.collect("clipboard")]
        XCTAssertEqual(TF.run("android.clipboard-read", a).count, 1)
    }
}
