import XCTest
@testable import MingchaKit

final class ConsentRulesTests: XCTestCase {
    func testPreConsentCollection() {
        var f = TF.android()
        f.preConsent = [PreConsentFact(entryKind: .applicationInit, entryPoint: "Lcom/example/App;->onCreate()V",
                                       callPath: ["Lcom/example/App;->onCreate()V", "Lcom/example/Util;->id()V"],
                                       targetKind: .sensitiveAPI, target: "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;",
                                       infoTypes: ["imei"], evidence: [Evidence(.callPath, file: "classes.dex", path: ["a", "b"])])]
        let out = TF.run("android.pre-consent-collection", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertEqual(out.first?.confidence, .suspected)
        XCTAssertEqual(out.first?.needsDynamicCheck, true)
        XCTAssertEqual(out.first?.types, [6])
        // Near misses: guarded by a consent check; an SDK init is the other rule; wrong platform id.
        f.preConsent[0].guardedByConsentCheck = true
        XCTAssertTrue(TF.run("android.pre-consent-collection", f).isEmpty)
        f.preConsent[0].guardedByConsentCheck = nil
        f.preConsent[0].targetKind = .sdkInit
        XCTAssertTrue(TF.run("android.pre-consent-collection", f).isEmpty)
        XCTAssertTrue(TF.run("miniprogram.pre-consent-collection", f).isEmpty, "android facts never run mini-program rules")
    }

    func testPreConsentOnMiniProgram() {
        var f = TF.miniProgram()
        f.preConsent = [PreConsentFact(entryKind: .appLaunch, entryPoint: "app.js App.onLaunch", targetKind: .sensitiveAPI,
                                       target: "wx.getLocation", infoTypes: ["location"], evidence: [Evidence(.jsCall, file: "app-service.js", detail: "wx.getLocation")])]
        XCTAssertEqual(TF.run("miniprogram.pre-consent-collection", f).count, 1)
    }

    func testPreConsentSDKInit() {
        var f = TF.android()
        f.sdks = [TF.sdk("jpush", zh: "极光推送", en: "JPush", vendor: "深圳市和讯华谷信息技术有限公司", category: "push")]
        f.preConsent = [PreConsentFact(entryKind: .providerInit, entryPoint: "cn.jpush.android.service.DataProvider", targetKind: .autoInitProvider,
                                       target: "cn.jpush.android.service.DataProvider", collector: .sdk("jpush"),
                                       evidence: [Evidence(.manifestElement, file: "AndroidManifest.xml", location: "provider")])]
        let out = TF.run("android.pre-consent-sdk-init", f)
        XCTAssertEqual(out.first?.sdk, "jpush")
        XCTAssertTrue(out.first?.message.zh.contains("极光推送") ?? false)
        f.preConsent[0].targetKind = .sensitiveAPI
        XCTAssertTrue(TF.run("android.pre-consent-sdk-init", f).isEmpty)
    }

    func testDefaultCheckedAgreement() {
        for (id, make) in [("android.default-checked-agreement", TF.android), ("miniprogram.default-checked-agreement", { _ in TF.miniProgram() })] {
            var f = make("x")
            f.consent.agreementCheckboxes = [AgreementCheckbox(checkedByDefault: false, evidence: [Evidence(.layoutElement, detail: "CheckBox")])]
            XCTAssertTrue(TF.run(id, f).isEmpty, id)
            f.consent.agreementCheckboxes.append(AgreementCheckbox(checkedByDefault: true, evidence: [Evidence(.layoutElement, detail: "checked=true")]))
            let out = TF.run(id, f)
            XCTAssertEqual(out.count, 1, id)
            XCTAssertEqual(out.first?.types, [3])
            XCTAssertEqual(out.first?.evidence.first?.detail, "checked=true")
        }
    }

    func testImpliedConsent() {
        var f = TF.android()
        f.consent.impliedConsentWording = [Evidence(.resource, location: "string/login_hint", detail: "登录即代表您同意《隐私政策》")]
        XCTAssertEqual(TF.run("android.implied-consent", f).count, 1)
        // Near miss: an unchecked box the user must tick.
        f.consent.agreementCheckboxes = [AgreementCheckbox(checkedByDefault: false, evidence: [])]
        XCTAssertTrue(TF.run("android.implied-consent", f).isEmpty)
        // A pre-ticked box does not help.
        f.consent.agreementCheckboxes = [AgreementCheckbox(checkedByDefault: true, evidence: [])]
        XCTAssertEqual(TF.run("android.implied-consent", f).count, 1)
    }

    func testDisagreeExits() {
        var f = TF.android()
        f.consent.disagreeHandlers = [DisagreeHandler(site: "Lcom/example/PrivacyDialog$2;->onClick", exits: true, exitCall: "Ljava/lang/System;->exit(I)V",
                                                      evidence: [Evidence(.dexCall, detail: "System.exit")])]
        let out = TF.run("android.disagree-exits", f)
        XCTAssertEqual(out.first?.types, [2])
        XCTAssertEqual(out.first?.needsDynamicCheck, true)
        f.consent.guestMode = true
        XCTAssertTrue(TF.run("android.disagree-exits", f).isEmpty, "a guest mode is offered")
        f.consent.guestMode = nil
        f.consent.disagreeHandlers[0].exits = false
        XCTAssertTrue(TF.run("android.disagree-exits", f).isEmpty)
    }

    func testNoConsentFlow() {
        var f = TF.miniProgram()
        f.collection = [TF.collect("location", via: .miniProgramAPI, "wx.getLocation")]
        f.consent.flowPresent = false
        let out = TF.run("miniprogram.no-consent-flow", f)
        XCTAssertEqual(out.first?.types, [6, 10])
        f.consent.flowPresent = true
        XCTAssertTrue(TF.run("miniprogram.no-consent-flow", f).isEmpty)
        f.consent.flowPresent = nil
        XCTAssertTrue(TF.run("miniprogram.no-consent-flow", f).isEmpty, "unknown is not absent")
        f.consent.flowPresent = false
        f.collection = []
        XCTAssertTrue(TF.run("miniprogram.no-consent-flow", f).isEmpty, "no privacy API, no consent needed")
    }
}
