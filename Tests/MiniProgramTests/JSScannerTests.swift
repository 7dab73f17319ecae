import XCTest
@testable import MingchaKit

final class JSScannerTests: XCTestCase {
    let receivers: Set<String> = ["wx", "uni", "Taro"]
    let names: Set<String> = ["getLocation", "chooseImage", "getUserInfo", "authorize"]
    let consent: Set<String> = ["getPrivacySetting", "requirePrivacyAuthorize"]

    func scan(_ js: String) -> [JSCall] {
        let t = Array(js.utf8)
        return JSScanner.scan(t, file: "app-service.js", package: "p", names: names, receivers: receivers,
                              aliases: JSScanner.aliases(t, receivers: receivers), consentNames: consent)
    }

    func testDirectAliasBracketAndOtherReceivers() {
        let calls = scan("""
        define("pages/a/a.js", function(require, module){var e=wx,n=1;Page({onLoad:function(){e.getLocation({});wx["chooseImage"]({});
        this.map.getLocation();mapContext.getLocation();t.chooseImage()}})});
        """)
        XCTAssertEqual(calls.map { "\($0.receiverName).\($0.api):\($0.receiver.rawValue)" },
                       ["e.getLocation:alias", "wx.chooseImage:direct", "t.chooseImage:other"],
                       "long receivers (this.map, mapContext) are the app's own objects")
        XCTAssertTrue(calls.allSatisfy { $0.module == "pages/a/a.js" && $0.lifecycle == "onLoad" })
    }

    func testCapabilityProbesAreNotCalls() {
        XCTAssertTrue(scan("if (wx.canIUse('button.open-type.getUserInfo')) { x = wx.getUserInfo }").isEmpty)
    }

    func testLifecycleMethodAndConsentOrder() {
        let calls = scan("""
        define("app.js", function(){App({
          onLaunch() { wx.getLocation({}); wx.getPrivacySetting({ success() { wx.chooseImage({}) } }) },
          pick: function () { wx.getLocation({}) }
        })});
        """)
        let loc = calls.filter { $0.api == "getLocation" }
        XCTAssertEqual(loc.map { $0.lifecycle ?? "-" }, ["onLaunch", "-"])
        XCTAssertEqual(loc.map { $0.method ?? "-" }, ["onLaunch", "pick"])
        XCTAssertEqual(loc.first?.consentBefore, false)
        XCTAssertEqual(calls.first { $0.api == "chooseImage" }?.consentBefore, true, "after getPrivacySetting in the same lifecycle")
        XCTAssertEqual(calls.first { $0.api == "chooseImage" }?.lifecycle, "onLaunch")
    }

    func testAuthorizeScope() {
        let c = scan("Page({onShow:function(){wx.authorize({scope:\"scope.record\",success:function(){}})}})")
        XCTAssertEqual(c.first?.scope, "scope.record")
        XCTAssertEqual(c.first?.lifecycle, "onShow")
    }

    func testModulesSplitOnDefine() {
        let mods = JSText.modules(Array("var a;define(\"a.js\",function(){x});define('b/c.js',function(){y});".utf8), file: "app-service.js")
        XCTAssertEqual(mods.map(\.name), ["app-service.js", "a.js", "b/c.js"])
    }

    /// Unbalanced braces and strings cost linear time and never trap.
    func testHostileTextIsBounded() {
        let junk = String(repeating: "onLoad:function(){\"'`/*", count: 20_000) + "wx.getLocation("
        let start = Date()
        _ = scan(junk)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
