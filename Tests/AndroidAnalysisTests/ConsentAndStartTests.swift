import XCTest
@testable import MingchaKit

/// Disagree handlers (wording read through resource ids) and associated starts of other apps,
/// each with its control.
final class ConsentAndStartTests: XCTestCase {
    func testDisagreeHandlerThatExitsIsFoundThroughResourceWording() throws {
        let f = try AnalysisFixture.load()
        let handlers = DisagreeHandlerAnalysis.run(dex: f.dex, resources: f.resources)
        XCTAssertEqual(handlers.map(\.site), ["Lcom/mingcha/sample/ConsentDialog$2;->onClick(Landroid/content/DialogInterface;I)V"],
                       "the agree handler and ExitHelper (no privacy wording) are not handlers")
        let h = try XCTUnwrap(handlers.first)
        XCTAssertTrue(h.exits)
        XCTAssertEqual(h.exitCall, "Ljava/lang/System;->exit(I)V")
        XCTAssertTrue(h.evidence.contains { $0.kind == .string && $0.detail == "不同意并退出" })
    }

    func testWithoutResourcesTheIdOnlyDialogIsNotRecognised() throws {
        let f = try AnalysisFixture.load()
        XCTAssertEqual(DisagreeHandlerAnalysis.run(dex: f.dex, resources: nil).count, 0)
    }

    func testStartOfAnotherAppsServiceIsAssociatedStart() throws {
        let f = try AnalysisFixture.load()
        let starts = AutostartCodeAnalysis.run(dex: f.dex, manifest: f.manifest, sdks: [])
        XCTAssertEqual(starts.map(\.component), ["Lcom/mingcha/sample/push/Waker;->wake(Landroid/content/Context;)V"],
                       "settings and own-package starts are controls")
        let s = try XCTUnwrap(starts.first)
        XCTAssertEqual(s.kind, .associatedStart)
        XCTAssertEqual(s.trigger, "com.other.app (startService)")
        XCTAssertEqual(s.evidence.first?.detail, "Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;")
    }

    /// Constants seen next to setClassName/startActivity in the corpus that are not other apps.
    func testPackageNamesAreToldFromActionsHostsAndSettings() throws {
        let f = try AnalysisFixture.load()
        func other(_ s: String) -> Bool { AutostartCodeAnalysis.isOtherPackage(s, own: "com.mingcha.sample", dex: f.dex) }
        XCTAssertTrue(other("com.tencent.mm"))
        XCTAssertTrue(other("com.tencent.mm.plugin.base.stub.WXEntryActivity"))
        XCTAssertFalse(other("miui.intent.action.APP_PERM_EDITOR"))
        XCTAssertFalse(other("a2dp.vol.service.RUNNING"))
        XCTAssertFalse(other("com.tencent.smtt.tbs.video.PLAY"))
        XCTAssertFalse(other("repo.xposed.info"))
        XCTAssertFalse(other("com.huawei.permissionmanager.ui.MainActivity"))
        XCTAssertFalse(other("com.android.settings"))
        XCTAssertFalse(other("com.mingcha.sample.push"), "own package")
        XCTAssertFalse(other("com.mingcha.sample.MapActivity"), "own class")
        XCTAssertFalse(other("com.umeng.sdk.AutoInitProvider"), "a class the app defines")
        XCTAssertFalse(other("not a package"))
    }
}
