import XCTest
@testable import MingchaKit

final class AppFactsCodingTests: XCTestCase {
    func testOldDocumentsStillDecode() throws {
        let json = #"{"identity":{"platform":"android","id":"com.a"},"permissions":[],"collection":[],"sdks":[],"limitations":["packed"]}"#
        let f = try JSONDecoder().decode(AppFacts.self, from: Data(json.utf8))
        XCTAssertEqual(f.identity.id, "com.a")
        XCTAssertEqual(f.limitations, ["packed"])
        XCTAssertNil(f.policy)
        XCTAssertTrue(f.preConsent.isEmpty)
        XCTAssertNil(f.consent.flowPresent)
    }

    func testRoundTrip() throws {
        var f = TF.android()
        f.policy = TF.policy(mentions: ["location"])
        f.consent = ConsentSignals(flowPresent: true, agreementCheckboxes: [AgreementCheckbox(checkedByDefault: true, evidence: [])])
        f.preConsent = [PreConsentFact(entryKind: .providerInit, entryPoint: "p", targetKind: .autoInitProvider, target: "p", collector: .sdk("s"), evidence: [])]
        f.permissionRequests = [TF.request(["android.permission.CAMERA"], rationale: .declared)]
        f.category = AppCategory(id: "news", nameZh: "新闻资讯")
        f.declarations = [DeclarationFact(api: "wx.getLocation", declaredIn: "app.json", declared: false, evidence: [])]
        let data = try JSONOutput.data(f)
        let back = try JSONDecoder().decode(AppFacts.self, from: data)
        XCTAssertEqual(try JSONOutput.string(back), String(decoding: data, as: UTF8.self))
        XCTAssertEqual(back.policy, f.policy)
        XCTAssertEqual(back.preConsent, f.preConsent)
    }
}
