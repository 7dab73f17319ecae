import XCTest
@testable import MingchaKit

/// SDK ownership of classes: longest whole-component package prefix, for descriptors and dotted
/// names alike, the first SDK listed keeping a shared prefix.
final class SDKOwnershipTests: XCTestCase {
    let sdks = [
        SDKSignature(id: "umeng", nameEn: "Umeng", category: "analytics", packagePrefixes: ["com.umeng"]),
        SDKSignature(id: "umeng-push", nameEn: "Umeng Push", category: "push", packagePrefixes: ["com.umeng.message"]),
        SDKSignature(id: "other", nameEn: "Other", category: "analytics", packagePrefixes: ["com.umeng", "a.b.C."]),
    ]

    func testLongestWholeComponentPrefixWins() {
        let o = SDKOwnership(sdks: sdks)
        XCTAssertEqual(o.owner(ofClass: "Lcom/umeng/message/PushAgent;"), 1)
        XCTAssertEqual(o.owner(ofClass: "com.umeng.message.PushAgent"), 1)
        XCTAssertEqual(o.owner(ofClass: "Lcom/umeng/analytics/A;"), 0, "the first SDK listed keeps a shared prefix")
        XCTAssertNil(o.owner(ofClass: "Lcom/umengx/A;"), "com.umeng does not own com.umengx")
        XCTAssertNil(o.owner(ofClass: "Lcom;"))
        XCTAssertEqual(o.owner(ofClass: "La/b/C;"), 2, "a prefix may name a class (trailing dot ignored)")
        XCTAssertEqual(o.owner(ofClass: "La/b/C$1;"), 2, "inner classes belong with their class")
        XCTAssertNil(o.owner(ofClass: "La/b/Cx;"))
    }

    func testAttributionPrefersTheAppsOwnSDKs() throws {
        let kb = try KnowledgeBase.standard()
        // A repackaged Bugly claimed by another SDK found in the app: the app's own finding wins the
        // prefix the knowledge base also lists; other classes fall back to the knowledge base.
        let rebrand = SDKSignature(id: "rebrand", nameEn: "Rebrand", category: "crash", packagePrefixes: ["com.tencent.bugly"])
        let a = SDKAttribution(matches: [SDKMatcher.Match(sdk: rebrand, evidence: [])], knowledge: kb)
        XCTAssertEqual(a.sdk(ofClass: "com.tencent.bugly.crashreport.CrashReport")?.id, "rebrand")
        XCTAssertEqual(a.sdk(ofClass: "com.tencent.bugly.crashreport.CrashReport$1")?.id, "rebrand")
        XCTAssertEqual(SDKAttribution(matches: [], knowledge: kb).sdk(ofClass: "com.tencent.bugly.Bugly")?.id, "bugly")
        XCTAssertNil(a.sdk(ofClass: "cn.example.app.MainActivity"))
    }

    func testAttributionTakesTheLongestPrefixOfAppAndKnowledgeBase() {
        // The app's SDKs and the knowledge base's are indexed apart: the longer prefix of the two
        // wins, and on the same prefix the app's own SDK does.
        let kb = KnowledgeBase(sdks: Array(sdks.prefix(2)))
        let a = SDKAttribution(matches: [SDKMatcher.Match(sdk: sdks[2], evidence: [])], knowledge: kb)
        XCTAssertEqual(a.sdk(ofClass: "com.umeng.message.PushAgent")?.id, "umeng-push", "the knowledge base's longer prefix")
        XCTAssertEqual(a.sdk(ofClass: "com.umeng.analytics.A")?.id, "other", "the app's SDK keeps the shared com.umeng")
        XCTAssertEqual(a.sdk(ofClass: "a.b.C$1")?.id, "other")
        XCTAssertEqual(SDKAttribution(matches: [], knowledge: kb).sdk(ofClass: "com.umeng.analytics.A")?.id, "umeng")
        XCTAssertNil(a.sdk(ofClass: "com.umengx.A"))
    }
}
