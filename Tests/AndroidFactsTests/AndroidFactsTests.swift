import Foundation
import XCTest
@testable import MingchaKit

/// Each fact kind the Android pipeline fills, from the facts fixture, with its evidence.
final class AndroidFactsTests: XCTestCase {
    func testIdentityFromManifestResourcesAndCertificate() throws {
        let s = try FactsFixture.get()
        let id = s.facts.identity
        XCTAssertEqual(id.id, "cn.mingcha.facts")
        XCTAssertEqual(id.name, "Facts Fixture")
        XCTAssertEqual(id.nameZh, "明察样例")
        XCTAssertEqual(id.versionName, "1.7")
        XCTAssertEqual(id.versionCode, "7")
        // apksigner verify --print-certs: "CN=Facts Fixture, O=Mingcha Fixture Works, C=CN".
        XCTAssertEqual(id.developer, "Mingcha Fixture Works")
        XCTAssertEqual(s.facts.android?.targetSdkVersion, 30)
        XCTAssertTrue(s.problems.isEmpty, "\(s.problems)")
        XCTAssertTrue(s.facts.limitations.isEmpty, "\(s.facts.limitations)")
    }

    func testPermissionsCarryKnowledgeAndManifestEvidence() throws {
        let perms = try FactsFixture.get().facts.permissions
        XCTAssertEqual(perms.count, 7)
        let phone = try XCTUnwrap(perms.first { $0.name == "android.permission.READ_PHONE_STATE" })
        XCTAssertTrue(phone.sensitive)
        XCTAssertEqual(phone.zhName, "读取电话状态")
        XCTAssertEqual(phone.infoTypes, ["device_id", "phone_number"])
        XCTAssertEqual(phone.evidence.first?.kind, .manifestElement)
        XCTAssertEqual(phone.evidence.first?.location, "<uses-permission name=\"android.permission.READ_PHONE_STATE\">")
        // Unknown to the knowledge base: kept, not sensitive.
        let contacts = try XCTUnwrap(perms.first { $0.name == "android.permission.READ_CONTACTS" })
        XCTAssertFalse(contacts.sensitive)
        XCTAssertEqual(contacts.infoTypes, [])
    }

    func testSDKStrengthFromCallEdges() throws {
        let sdks = try FactsFixture.get().facts.sdks
        let byId = Dictionary(uniqueKeysWithValues: sdks.map { ($0.id, $0) })
        XCTAssertEqual(Set(byId.keys), ["umeng", "bugly", "baidu-location"])
        // App.onCreate calls UMConfigure.init: initialised, with the call as evidence.
        XCTAssertEqual(byId["umeng"]?.strength, .initialised)
        XCTAssertTrue(byId["umeng"]?.evidence.contains {
            $0.kind == .dexCall && $0.location == "Lcn/mingcha/facts/App;->onCreate()V"
                && ($0.detail ?? "").contains("Lcom/umeng/commonsdk/UMConfigure;->init(")
        } ?? false, "\(byId["umeng"]?.evidence ?? [])")
        XCTAssertEqual(byId["umeng"]?.collects, ["device_id"])
        // App calls CrashReport.postCatchedException but never initCrashReport: referenced.
        XCTAssertEqual(byId["bugly"]?.strength, .referenced)
        // Classes only: present.
        XCTAssertEqual(byId["baidu-location"]?.strength, .present)
    }

    func testCollectionAttributedToAppOrSDKWithCallSites() throws {
        let c = try FactsFixture.get().facts.collection.filter { $0.channel == .api }
        func fact(_ t: InfoType, _ who: CollectionFact.Collector) -> CollectionFact? {
            c.first { $0.infoType == t && $0.collector == who }
        }
        let device = try XCTUnwrap(fact("device_id", .app))
        XCTAssertEqual(device.evidence.count, 2)
        XCTAssertEqual(Set(device.evidence.compactMap(\.location)),
                       ["Lcn/mingcha/facts/App;->readId(Landroid/telephony/TelephonyManager;)Ljava/lang/String;",
                        "Lcn/mingcha/facts/App;->readIdAgain(Landroid/telephony/TelephonyManager;)Ljava/lang/String;"])
        XCTAssertTrue(device.evidence.allSatisfy { $0.kind == .dexCall && $0.file == "classes.dex"
            && ($0.detail ?? "").hasPrefix("Landroid/telephony/TelephonyManager;->getDeviceId()") })
        XCTAssertNotNil(fact("imei", .app))
        // Build.SERIAL is a static field read.
        XCTAssertEqual(fact("serial", .app)?.evidence.first?.detail, "reads Landroid/os/Build;->SERIAL:Ljava/lang/String;")
        // Wi-Fi read inside com.umeng: the SDK collects, not the app.
        XCTAssertNotNil(fact("wifi_info", .sdk("umeng")))
        XCTAssertNil(fact("wifi_info", .app))
        XCTAssertNotNil(fact("location", .app))
        XCTAssertNil(fact("clipboard", .app), "no clipboard call in the fixture")
        // Settings.Secure.getString counts only where "android_id" is the name loaded.
        XCTAssertEqual(fact("android_id", .app)?.evidence.map(\.location),
                       ["Lcn/mingcha/facts/App;->androidId(Landroid/content/ContentResolver;)Ljava/lang/String;"])
    }

    func testContentResolverQueriesByURIStringAndConstant() throws {
        let c = try FactsFixture.get().facts.collection.filter { $0.channel == .api }
        let contacts = try XCTUnwrap(c.first { $0.infoType == "contacts" })
        XCTAssertEqual(contacts.evidence.first?.location,
                       "Lcn/mingcha/facts/ContactsReader;->contacts(Landroid/content/ContentResolver;)Landroid/database/Cursor;")
        XCTAssertTrue(contacts.evidence.first?.detail?.contains("content://com.android.contacts/contacts") ?? false)
        let sms = try XCTUnwrap(c.first { $0.infoType == "sms" })
        XCTAssertTrue(sms.evidence.first?.detail?.contains("Landroid/provider/Telephony$Sms;->CONTENT_URI") ?? false)
        XCTAssertNil(c.first { $0.infoType == "call_log" })
    }

    func testAutostartFromManifest() throws {
        let a = try FactsFixture.get().facts.autostart
        let selfStart = a.filter { $0.kind == .selfStart }
        XCTAssertEqual(Set(selfStart.map(\.trigger)), ["BOOT_COMPLETED", "USER_PRESENT"], "disabled receiver and own actions do not count")
        XCTAssertTrue(selfStart.allSatisfy { $0.component == "cn.mingcha.facts.BootReceiver" && $0.collector == .app })
        XCTAssertEqual(selfStart.first?.evidence.first?.location, "<receiver name=\"cn.mingcha.facts.BootReceiver\">")
        // The push SDK's exported service with a custom action is woken by other apps; the
        // permission-protected one is not.
        let wake = a.filter { $0.kind == .wakeTarget }
        XCTAssertEqual(wake.map(\.component), ["com.umeng.message.UmengIntentService"])
        XCTAssertEqual(wake.first?.collector, .sdk("umeng"))
        XCTAssertEqual(wake.first?.trigger, "org.agoo.android.intent.action.RECEIVE")
        let keep = a.filter { $0.kind == .keepAlive }
        XCTAssertEqual(Set(keep.map(\.trigger)), ["sync adapter", "battery-optimisation exemption"])
    }

    func testBackgroundFacts() throws {
        let b = try FactsFixture.get().facts.background
        let perm = try XCTUnwrap(b.first { $0.mechanism == .permission })
        XCTAssertEqual(perm.detail, "android.permission.ACCESS_BACKGROUND_LOCATION")
        XCTAssertTrue(perm.infoTypes.contains("background_location"))
        let fgs = try XCTUnwrap(b.first { $0.mechanism == .foregroundService })
        XCTAssertEqual(fgs.detail, "cn.mingcha.facts.LocationService foregroundServiceType=location")
        XCTAssertEqual(fgs.infoTypes, ["location"])
        // The location read sits in a Service subclass.
        let code = try XCTUnwrap(b.first { $0.mechanism == .api })
        XCTAssertEqual(code.detail, "cn.mingcha.facts.LocationService")
        XCTAssertEqual(code.infoTypes, ["location"])
        XCTAssertEqual(code.evidence.first?.location, "Lcn/mingcha/facts/LocationService;->track(Landroid/location/LocationManager;)V")
        XCTAssertEqual(b.count, 3)
    }

    func testInstallerUse() throws {
        let ev = try XCTUnwrap(FactsFixture.get().facts.android?.installsPackages)
        XCTAssertEqual(ev.first?.location, "<uses-permission name=\"android.permission.REQUEST_INSTALL_PACKAGES\">")
        XCTAssertTrue(ev.contains { $0.kind == .string && $0.location?.hasPrefix("Lcn/mingcha/facts/Updater;->install") == true })
    }

    func testUISignalsFromStringsAndLayouts() throws {
        let ui = try XCTUnwrap(FactsFixture.get().facts.ui)
        XCTAssertTrue(ui.searched)
        XCTAssertTrue(ui.hasAccounts)
        XCTAssertTrue(ui.accountEvidence.contains { $0.location == "@string/login [zh-CN]" }, "\(ui.accountEvidence)")
        XCTAssertEqual(ui.accountDeletionEntry.first?.location, "@string/delete_account [zh-CN]")
        XCTAssertEqual(ui.accountDeletionEntry.first?.detail, "注销账号")
        XCTAssertEqual(ui.personalisationSwitch.first?.detail, "个性化推荐")
        XCTAssertEqual(ui.withdrawConsentEntry.first?.detail, "撤回同意")
        XCTAssertTrue(ui.policyEntry.contains { $0.kind == .layoutElement && $0.file == "res/layout/settings.xml" && $0.detail == "隐私政策" },
                      "\(ui.policyEntry)")
    }

    func testConsentSignals() throws {
        let c = try FactsFixture.get().facts.consent
        // The checked box beside "我已阅读并同意《隐私政策》" and the unchecked agreement switch;
        // the checked newsletter box names no agreement.
        XCTAssertEqual(c.agreementCheckboxes.count, 2, "\(c.agreementCheckboxes)")
        let checked = try XCTUnwrap(c.agreementCheckboxes.first { $0.checkedByDefault })
        XCTAssertEqual(checked.evidence.first?.file, "res/layout/consent.xml")
        XCTAssertTrue(checked.evidence.first?.location?.hasPrefix("<CheckBox id=\"@id/agree\">") ?? false, "\(checked.evidence)")
        XCTAssertEqual(checked.evidence.last?.detail, "我已阅读并同意《隐私政策》")
        let unchecked = try XCTUnwrap(c.agreementCheckboxes.first { !$0.checkedByDefault })
        XCTAssertTrue(unchecked.evidence.first?.location?.hasPrefix("<Switch id=\"@id/terms\">") ?? false)
        XCTAssertEqual(c.impliedConsentWording.map(\.location), ["@string/implied [zh-CN]"])
        XCTAssertEqual(c.flowPresent, true)
    }

    func testPolicyCandidatesAndURLs() throws {
        let s = try FactsFixture.get()
        // Textual files that mention privacy; notes.txt does not, anim.json is not policy-named json.
        XCTAssertEqual(s.policyCandidates.map(\.path).sorted(), ["assets/web/privacy.html", "res/raw/agreement.txt"])
        XCTAssertTrue(String(decoding: s.policyCandidates.first { $0.path.hasSuffix(".html") }?.bytes ?? [], as: UTF8.self).contains("明察样例隐私政策"))
        XCTAssertEqual(s.policyURLs, ["https://www.mingcha.example/legal/privacy.html",
                                      "https://www.mingcha.example/yinsi/agreement.html"])
    }
}

/// The pipeline's view of the code agrees with dexdump's class list (facts.classes.txt, written
/// by build.sh), and the SDK matcher sees every class.
final class AndroidCodeInputTests: XCTestCase {
    func testMatcherInputListsDexdumpClasses() throws {
        let expected = try String(contentsOf: FactsFixture.dir.appendingPathComponent("facts.classes.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let input = try ApkInput.open(path: FactsFixture.apk, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
        let index = try AndroidCode.index(input, limits: ScanLimits())
        let manifest = try ApkManifestLoader.load(input.base, limits: ScanLimits()).manifest
        let m = SDKFacts.matcherInput(manifest: manifest, index: index, inventory: ApkInventory(input: input))
        XCTAssertEqual(m.classDescriptors.sorted(), expected)
        XCTAssertEqual(m.metaDataKeys, ["UMENG_APPKEY"])
        XCTAssertTrue(m.manifestComponents.contains("com.umeng.message.UmengIntentService"))
    }

    func testOwnershipIsByWholePackageComponents() {
        let o = SDKOwnership(sdks: [SDKSignature(id: "a", nameEn: "A", category: "x", packagePrefixes: ["com.umeng"]),
                                    SDKSignature(id: "b", nameEn: "B", category: "x", packagePrefixes: ["com.umeng.message"])])
        XCTAssertEqual(o.owner(ofClass: "Lcom/umeng/analytics/A;"), 0)
        XCTAssertEqual(o.owner(ofClass: "com.umeng.message.PushAgent"), 1, "longest prefix wins")
        XCTAssertNil(o.owner(ofClass: "Lcom/umengx/A;"))
        XCTAssertNil(o.owner(ofClass: "Lcom/B;"))
    }

    func testURLExtraction() {
        XCTAssertEqual(PolicySources.extractURLs("见<a href=\"https://a.cn/p/yinsi.html\">隐私政策</a>，或 http://b.cn/x?y=1。"),
                       ["https://a.cn/p/yinsi.html", "http://b.cn/x?y=1"])
        XCTAssertEqual(PolicySources.extractURLs("httpd and https:// only"), [])
    }
}
