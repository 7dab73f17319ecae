import Foundation
import XCTest
@testable import MingchaKit

/// The manifest model built from the aapt-compiled fixtures: exact values, Android's exported
/// defaults for old and new target SDKs, resolved labels and meta-data resources.
final class ManifestTests: XCTestCase {
    static func manifest(_ apk: String) throws -> AndroidManifest {
        let path = AXMLSupport.fixture(apk)
        let m = try XCTUnwrap(AXMLSupport.entry(path, "AndroidManifest.xml"))
        return try AndroidManifest.parse(manifest: m, resources: AXMLSupport.entry(path, "resources.arsc"))
    }

    func testNewTargetManifest() throws {
        let m = try Self.manifest("new.apk")
        XCTAssertEqual(m.package, "cn.mingcha.fixture")
        XCTAssertEqual(m.versionCode, 20231105)
        XCTAssertEqual(m.versionName, "2.3.1") // @string/version_name resolved
        XCTAssertEqual(m.minSdk, 21)
        XCTAssertEqual(m.targetSdk, 29)
        XCTAssertEqual(m.compileSdk, 29)
        XCTAssertEqual(m.platformBuildVersionCode, 29)
        XCTAssertEqual(m.usesPermissions.map(\.name), ["android.permission.INTERNET", "android.permission.READ_PHONE_STATE",
                                                       "android.permission.WRITE_EXTERNAL_STORAGE", "android.permission.ACCESS_FINE_LOCATION"])
        XCTAssertEqual(m.usesPermissions.map(\.maxSdkVersion), [nil, nil, 28, nil])
        XCTAssertEqual(m.usesPermissions.map(\.sdk23), [false, false, false, true])
        XCTAssertEqual(m.usesPermissions[3].evidence.location, "<uses-permission-sdk-23 name=\"android.permission.ACCESS_FINE_LOCATION\">")
        XCTAssertEqual(m.permissions.first?.name, "cn.mingcha.fixture.permission.PUSH")
        XCTAssertEqual(m.permissions.first?.protectionLevel, "signature")
        XCTAssertEqual(m.queries.packages, ["com.tencent.mm"])
        XCTAssertEqual(m.queries.intents.first?.data.first?.scheme, "weixin")

        let app = m.application
        XCTAssertEqual(app.className, "cn.mingcha.fixture.App")
        XCTAssertEqual(app.label, "Mingcha Fixture")
        XCTAssertEqual(app.labelZh, "明察样例")
        XCTAssertEqual(app.allowBackup, false)
        XCTAssertNil(app.debuggable)
        XCTAssertEqual(app.usesCleartextTraffic, true)
        XCTAssertEqual(app.networkSecurityConfig, "xml/network_security_config")
        XCTAssertEqual(app.metaData.map(\.name), ["UMENG_APPKEY", "cn.mingcha.CONFIG"])
        XCTAssertEqual(app.metaData[0].value, "5f0c1a2b3c4d5e6f7a8b9c0d")
        XCTAssertEqual(app.metaData[1].resource, "xml/network_security_config")
        XCTAssertEqual(app.metaData[1].resourceId, 0x7f03_0000)

        func c(_ name: String) throws -> ManifestComponent {
            try XCTUnwrap(m.components.first { $0.name == name }, name)
        }
        let splash = try c("cn.mingcha.fixture.SplashActivity")
        XCTAssertTrue(splash.exported)           // intent-filter, no explicit value
        XCTAssertNil(splash.exportedExplicit)
        XCTAssertEqual(splash.intentFilters.first?.categories, ["android.intent.category.LAUNCHER"])
        XCTAssertFalse(try c("cn.mingcha.fixture.ui.SettingsActivity").exported)
        let deep = try c("cn.mingcha.fixture.DeepLinkActivity") // bare name qualified
        XCTAssertFalse(deep.exported)
        XCTAssertEqual(deep.exportedExplicit, false)
        XCTAssertEqual(deep.intentFilters.first?.data.first, IntentData(scheme: "mingcha", host: "open", pathPrefix: "/page"))
        let alias = try c("cn.mingcha.fixture.Alias")
        XCTAssertEqual(alias.kind, .activityAlias)
        XCTAssertEqual(alias.targetActivity, "cn.mingcha.fixture.SplashActivity")
        XCTAssertFalse(alias.exported)
        let push = try c("cn.mingcha.fixture.push.PushService")
        XCTAssertTrue(push.exported)
        XCTAssertEqual(push.process, ":push")
        XCTAssertEqual(push.permission, "cn.mingcha.fixture.permission.PUSH")
        XCTAssertEqual(try c("cn.mingcha.fixture.LocationService").foregroundServiceType, ["location"])
        let boot = try c("cn.mingcha.fixture.BootReceiver")
        XCTAssertTrue(boot.exported)
        XCTAssertTrue(boot.enabled)
        XCTAssertEqual(boot.intentFilters.first?.priority, 1000)
        XCTAssertEqual(boot.actions, ["android.intent.action.BOOT_COMPLETED", "android.net.conn.CONNECTIVITY_CHANGE"])
        let initProvider = try c("cn.mingcha.fixture.InitProvider")
        XCTAssertFalse(initProvider.exported) // targetSdk 29 > 16: providers default to not exported
        XCTAssertEqual(initProvider.authorities, ["cn.mingcha.fixture.init", "cn.mingcha.fixture.init2"])
        XCTAssertEqual(try c("androidx.core.content.FileProvider").grantUriPermissions, true)
        XCTAssertEqual(boot.evidence, Evidence(.manifestElement, file: "AndroidManifest.xml",
                                               location: "<receiver name=\"cn.mingcha.fixture.BootReceiver\">", detail: "line 41"))
        XCTAssertEqual(m.components.count, 9)
    }

    func testLegacyTargetDefaults() throws {
        let m = try Self.manifest("old.apk")
        XCTAssertEqual(m.package, "cn.mingcha.legacy")
        XCTAssertEqual(m.targetSdk, 16)
        XCTAssertEqual(m.application.debuggable, true)
        XCTAssertNil(m.application.className)
        XCTAssertEqual(m.application.labelZh, "Legacy") // no zh string: default
        let byName = Dictionary(uniqueKeysWithValues: m.components.map { ($0.name, $0) })
        XCTAssertEqual(byName["cn.mingcha.legacy.DataProvider"]?.exported, true) // targetSdk <= 16
        XCTAssertEqual(byName["cn.mingcha.legacy.Closed"]?.exported, false)
        XCTAssertEqual(byName["cn.mingcha.legacy.Main"]?.exported, false)
        XCTAssertEqual(byName["cn.mingcha.legacy.SmsReceiver"]?.exported, true)
        XCTAssertEqual(byName["cn.mingcha.legacy.SmsReceiver"]?.intentFilters.first?.priority, Int(Int32.max))
    }

    func testProviderDefaultFollowsMinSdkWhenTargetMissing() throws {
        // Without targetSdkVersion Android uses minSdkVersion; build such a tree directly.
        func attr(_ n: String, _ v: ResValue) -> XMLAttribute {
            XMLAttribute(name: n, namespace: androidNamespace, resourceId: AndroidAttributeNames.id(of: n), value: v)
        }
        let provider = XMLElement(name: "provider", attributes: [attr("name", .string(".P"))])
        let app = XMLElement(name: "application", children: [provider])
        let sdk = XMLElement(name: "uses-sdk", attributes: [attr("minSdkVersion", .int(8))])
        let root = XMLElement(name: "manifest", attributes: [XMLAttribute(name: "package", value: .string("a.b"))], children: [sdk, app])
        let m = try AndroidManifest(document: XMLDocument(root: root))
        XCTAssertEqual(m.effectiveTargetSdk, 8)
        XCTAssertEqual(m.components.first?.name, "a.b.P")
        XCTAssertEqual(m.components.first?.exported, true)
        XCTAssertThrowsError(try AndroidManifest(document: XMLDocument(root: XMLElement(name: "LinearLayout"))))
        // A preview codename as targetSdkVersion: Android reads it as 10000.
        let preview = XMLElement(name: "uses-sdk", attributes: [attr("minSdkVersion", .int(21)), attr("targetSdkVersion", .string("Q"))])
        let m2 = try AndroidManifest(document: XMLDocument(root: XMLElement(name: "manifest", attributes: root.attributes, children: [preview, app])))
        XCTAssertEqual(m2.targetSdk, 10000)
        XCTAssertEqual(m2.targetSdkCodename, "Q")
        XCTAssertEqual(m2.components.first?.exported, false)
        XCTAssertEqual(m.usesPermissions.count, 0)
    }

    func testQualify() {
        XCTAssertEqual(AndroidManifest.qualify(".A", package: "p.q"), "p.q.A")
        XCTAssertEqual(AndroidManifest.qualify("A", package: "p.q"), "p.q.A")
        XCTAssertEqual(AndroidManifest.qualify("x.y.A", package: "p.q"), "x.y.A")
    }
}

/// The APK-level loader over ZipArchive.
final class ManifestLoaderTests: XCTestCase {
    func testLoadFromZip() throws {
        let limits = ScanLimits()
        let zip = try ZipArchive(path: AXMLSupport.fixture("new.apk"), limits: limits, budget: InflateBudget(limits: limits))
        let c = try ApkManifestLoader.load(zip, limits: limits)
        XCTAssertEqual(c.manifest.package, "cn.mingcha.fixture")
        XCTAssertEqual(c.manifest.application.labelZh, "明察样例")
        XCTAssertNil(c.resourceError)
        let table = try XCTUnwrap(c.resources)
        let (layouts, failures) = ApkManifestLoader.layouts(zip, table: table, limits: limits)
        XCTAssertEqual(layouts.map(\.path), ["res/layout/consent.xml"])
        XCTAssertTrue(failures.isEmpty)
    }

    func testMissingManifestIsTyped() throws {
        let limits = ScanLimits()
        let zip = try ZipArchive(path: AXMLSupport.fixture("nomanifest.apk"), limits: limits, budget: InflateBudget(limits: limits))
        XCTAssertThrowsError(try ApkManifestLoader.load(zip, limits: limits)) { e in
            XCTAssertEqual(e as? ManifestError, .missing)
            XCTAssertEqual((e as? MingchaError)?.code, "manifest.missing")
        }
    }
}
