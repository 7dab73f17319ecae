import Foundation
import XCTest
@testable import MingchaKit

/// The real files of `Signatures/` load, and lookups answer from them.
final class KnowledgeLoadTests: XCTestCase {
    func testRealFilesLoad() throws {
        let kb = try KnowledgeBase.load()
        XCTAssertGreaterThanOrEqual(kb.permissions.count, 90)
        XCTAssertGreaterThanOrEqual(kb.sensitiveAPIs.count, 60)
        XCTAssertGreaterThanOrEqual(kb.sdks.count, 1000)
        XCTAssertGreaterThanOrEqual(kb.sdks.filter { $0.source == "curated-cn" }.count, 200)
        XCTAssertEqual(Set(kb.sdks.compactMap(\.source)), ["curated-cn", "libchecker", "exodus"])

        let phone = try XCTUnwrap(kb.permission(named: "android.permission.READ_PHONE_STATE"))
        XCTAssertTrue(phone.infoTypes.contains("imei"))
        XCTAssertEqual(phone.protection, "dangerous")
        XCTAssertEqual(kb.permission(named: "com.android.permission.GET_INSTALLED_APPS")?.infoTypes, ["app_list"])
        XCTAssertEqual(kb.permission(named: "android.permission.QUERY_ALL_PACKAGES")?.sensitive, true)
        XCTAssertNil(kb.permission(named: "android.permission.INTERNET"))
    }

    func testAPILookup() throws {
        let kb = try KnowledgeBase.load()
        XCTAssertEqual(kb.api(owner: "Landroid/telephony/TelephonyManager;", method: "getDeviceId")?.infoTypes, ["imei"])
        XCTAssertEqual(kb.api(owner: "Landroid/net/wifi/WifiInfo;", method: "getMacAddress")?.infoTypes, ["mac"])
        let secure = try XCTUnwrap(kb.api(owner: "Landroid/provider/Settings$Secure;", method: "getString"))
        XCTAssertEqual(secure.argument, "android_id")
        XCTAssertEqual(kb.api(owner: "Landroid/content/ContentResolver;", method: "query")?.needsURI, true)
        XCTAssertEqual(kb.api(owner: "Landroid/os/Build;", method: "SERIAL")?.kind, .field)
        XCTAssertNil(kb.api(owner: "Landroid/telephony/TelephonyManager;", method: "getPhoneType"))
        // Content URIs: by string (path boundary) and by framework constant.
        XCTAssertEqual(kb.contentURI(forURI: "content://com.android.contacts/data/phones")?.id, "contacts")
        XCTAssertEqual(kb.contentURI(forURI: "content://sms/inbox")?.id, "sms")
        XCTAssertNil(kb.contentURI(forURI: "content://smsx/inbox"))
        XCTAssertEqual(kb.contentURI(field: "Landroid/provider/CallLog$Calls;->CONTENT_URI")?.infoTypes, ["call_log"])
    }

    func testVersionIsAContentHash() throws {
        let a = try KnowledgeBase.load(), b = try KnowledgeBase.load()
        XCTAssertEqual(a.version, b.version)
        XCTAssertEqual(a.version.count, 12)
        XCTAssertTrue(a.version.allSatisfy(\.isHexDigit))
        let copy = try TempSignatures.copyOfReal()
        defer { copy.remove() }
        XCTAssertEqual(try KnowledgeBase.load(signatures: copy.url).version, a.version)
        try copy.edit("apis.json") { $0.replacingOccurrences(of: "\"version\": \"1\"", with: "\"version\": \"2\"") }
        XCTAssertNotEqual(try KnowledgeBase.load(signatures: copy.url).version, a.version)
    }

    func testStandardIsCached() throws {
        XCTAssertEqual(try KnowledgeBase.standard().version, try KnowledgeBase.standard().version)
    }

    func testCategories() throws {
        let cats = try CategoryCatalogue.load()
        XCTAssertEqual(cats.categories.count, 39)
        XCTAssertEqual(cats.resolve("地图导航")?.necessaryInfoTypes, ["location"])
        XCTAssertEqual(cats.resolve("news")?.necessaryInfoTypes, [])
        XCTAssertTrue(cats.resolve("网络支付")?.necessaryInfoTypes.contains("id_card") ?? false)
        XCTAssertEqual(cats.resolve("ride-hailing")?.necessaryPermissions.contains("android.permission.ACCESS_FINE_LOCATION"), true)
    }

    func testCuratedEntriesCarrySources() throws {
        let kb = try KnowledgeBase.load()
        let umeng = try XCTUnwrap(kb.sdk(id: "umeng-common"))
        XCTAssertTrue(umeng.initMethods.contains("Lcom/umeng/commonsdk/UMConfigure;->init"))
        XCTAssertTrue(umeng.collectsKnown)
        XCTAssertTrue(umeng.collects.contains("imei"))
        XCTAssertFalse(umeng.collectsSource.isEmpty)
        XCTAssertEqual(kb.sdk(id: "bugly")?.initMethods.contains("Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport"), true)
        // Never guessed: unknown collection is empty.
        for s in kb.sdks where !s.collectsKnown { XCTAssertTrue(s.collects.isEmpty, s.id) }
        XCTAssertFalse(kb.isDataRecipient(category: "library"))
        XCTAssertTrue(kb.isDataRecipient(category: "ads"))
    }
}
