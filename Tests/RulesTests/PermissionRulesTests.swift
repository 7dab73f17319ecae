import XCTest
@testable import MingchaKit

final class PermissionRulesTests: XCTestCase {
    func testLaunchPermissionRequest() {
        var f = TF.android()
        f.permissionRequests = [TF.request(["android.permission.READ_PHONE_STATE"], site: "Lcom/example/SplashActivity;->onCreate", atLaunch: true)]
        let out = TF.run("android.launch-permission-request", f)
        XCTAssertEqual(out.first?.types, [8])
        XCTAssertEqual(out.first?.miitCategory, "C1")
        f.permissionRequests[0].atLaunch = false
        XCTAssertTrue(TF.run("android.launch-permission-request", f).isEmpty)
    }

    func testPhoneOnLaunchIsSeparateFromLaunchRequest() {
        var f = TF.miniProgram()
        f.permissionRequests = [TF.request(["getPhoneNumber"], site: "pages/index/index", lifecycle: "onLoad", atLaunch: true, types: ["phone_number"]),
                                TF.request(["scope.userLocation"], site: "app.js", lifecycle: "onLaunch", atLaunch: true, types: ["location"])]
        XCTAssertEqual(TF.run("miniprogram.phone-on-launch", f).count, 1)
        let launch = TF.run("miniprogram.launch-permission-request", f)
        XCTAssertEqual(launch.count, 1)
        XCTAssertTrue(launch.first?.message.en.contains("scope.userLocation") ?? false)
        f.permissionRequests[0].atLaunch = false
        XCTAssertTrue(TF.run("miniprogram.phone-on-launch", f).isEmpty)
    }

    func testLegacyTargetSDK() {
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.CAMERA", ["camera"])]
        f.android?.targetSdkVersion = 22
        XCTAssertEqual(TF.run("android.legacy-target-sdk", f).count, 1)
        f.android?.targetSdkVersion = 23
        XCTAssertTrue(TF.run("android.legacy-target-sdk", f).isEmpty)
        f.android?.targetSdkVersion = 22
        f.permissions = [TF.permission("android.permission.INTERNET", [], sensitive: false)]
        XCTAssertTrue(TF.run("android.legacy-target-sdk", f).isEmpty, "no dangerous permission to grant")
    }

    func testBundledRequest() {
        var f = TF.android()
        f.permissionRequests = [TF.request(["android.permission.ACCESS_FINE_LOCATION", "android.permission.ACCESS_COARSE_LOCATION"], groups: ["LOCATION", "LOCATION"])]
        XCTAssertTrue(TF.run("android.bundled-permission-request", f).isEmpty, "one group, two permissions")
        f.permissionRequests = [TF.request(["android.permission.CAMERA", "android.permission.READ_CONTACTS"], groups: ["CAMERA", "CONTACTS"])]
        XCTAssertEqual(TF.run("android.bundled-permission-request", f).count, 1)
        var c = RuleConfig(); c.thresholds.bundledGroups = 3
        XCTAssertTrue(TF.run("android.bundled-permission-request", f, config: c).isEmpty)
    }

    func testRepeatedRequest() {
        var f = TF.android()
        f.permissionRequests = [TF.request(["android.permission.CAMERA"], lifecycle: "onResume", denialPersisted: false)]
        XCTAssertEqual(TF.run("android.repeated-permission-request", f).first?.types, [9])
        f.permissionRequests[0].denialPersisted = true
        XCTAssertTrue(TF.run("android.repeated-permission-request", f).isEmpty, "denial remembered")
        f.permissionRequests[0].reRequestIntervalHours = 24
        XCTAssertEqual(TF.run("android.repeated-permission-request", f).count, 1, "re-asks after 24 h < 48 h")
        f.permissionRequests[0].reRequestIntervalHours = 48
        XCTAssertTrue(TF.run("android.repeated-permission-request", f).isEmpty, "48 h exactly is allowed")
        var c = RuleConfig(); c.thresholds.reRequestHours = 72
        XCTAssertEqual(TF.run("android.repeated-permission-request", f, config: c).count, 1)
        f.permissionRequests = [TF.request(["android.permission.CAMERA"], lifecycle: "onCreate", denialPersisted: false)]
        XCTAssertTrue(TF.run("android.repeated-permission-request", f).isEmpty, "onCreate is not re-run on return")
    }

    func testRequestWithoutRationale() {
        var f = TF.android()
        f.permissionRequests = [TF.request(["android.permission.CAMERA"], rationale: .none)]
        XCTAssertEqual(TF.run("android.request-without-rationale", f).first?.types, [5])
        for ok in [PermissionRequestFact.Rationale.shown, .declared, .unknown] {
            f.permissionRequests[0].rationale = ok
            XCTAssertTrue(TF.run("android.request-without-rationale", f).isEmpty, ok.rawValue)
        }
    }

    func testLocationNoDesc() {
        var f = TF.miniProgram()
        f.permissionRequests = [TF.request(["scope.userLocation"], site: "pages/map/map", types: ["location"], rationale: .none),
                                TF.request(["scope.camera"], site: "pages/scan/scan", types: ["camera"], rationale: .none)]
        let out = TF.run("miniprogram.location-no-desc", f)
        XCTAssertEqual(out.count, 1, "only location needs permission.scope.userLocation.desc")
        XCTAssertEqual(out.first?.confidence, .confirmed)
        f.permissionRequests[0].rationale = .declared
        XCTAssertTrue(TF.run("miniprogram.location-no-desc", f).isEmpty)
    }

    func testExcessivePermissionByCategory() {
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.ACCESS_FINE_LOCATION", ["location"]),
                         TF.permission("android.permission.READ_CONTACTS", ["contacts"]),
                         TF.permission("android.permission.INTERNET", [], sensitive: false)]
        XCTAssertTrue(TF.run("android.excessive-permission", f).isEmpty, "no category given")
        f.category = AppCategory(id: "map", nameZh: "地图导航", necessaryInfoTypes: ["location"])
        let out = TF.run("android.excessive-permission", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertTrue(out.first?.message.en.contains("READ_CONTACTS") ?? false)
        // Location is not necessary for a news app.
        f.category = AppCategory(id: "news", nameZh: "新闻资讯", necessaryInfoTypes: [])
        XCTAssertEqual(TF.run("android.excessive-permission", f).count, 2)
        // A permission listed as necessary by name.
        f.category = AppCategory(id: "im", nameZh: "即时通信", necessaryInfoTypes: [], necessaryPermissions: ["android.permission.READ_CONTACTS", "android.permission.ACCESS_FINE_LOCATION"])
        XCTAssertTrue(TF.run("android.excessive-permission", f).isEmpty)
    }

    func testExcessivePermissionFromConfiguredCategory() throws {
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.ACCESS_FINE_LOCATION", ["location"])]
        var c = RuleConfig(); c.category = "新闻资讯"; c.only = ["android.excessive-permission"]
        let resolve: (String) -> AppCategory? = { $0 == "新闻资讯" ? AppCategory(id: "news", nameZh: "新闻资讯") : nil }
        let engine = try RuleEngine(config: c, vocabulary: TF.vocabulary, resolveCategory: resolve)
        XCTAssertEqual(engine.run(f).count, 1)
        c.category = "地图导航"
        XCTAssertThrowsError(try RuleEngine(config: c, vocabulary: TF.vocabulary, resolveCategory: resolve)) { e in
            XCTAssertEqual((e as? RuleConfigError)?.code, "rules.unknown-category")
        }
        // The facts' own category wins over the configured one.
        c.category = "新闻资讯"
        f.category = AppCategory(id: "map", nameZh: "地图导航", necessaryInfoTypes: ["location"])
        XCTAssertTrue(try RuleEngine(config: c, vocabulary: TF.vocabulary, resolveCategory: resolve).run(f).isEmpty)
    }
}
