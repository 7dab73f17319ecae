import XCTest
@testable import MingchaKit

/// Which policy a scan reads: supplied, in-package (policy, not user agreement), linked, absent.
final class PolicyFinderTests: XCTestCase {
    func testSuppliedFileWinsAndMissingFileThrows() throws {
        let s = try PolicyFinder.summary(suppliedPath: PF.path("sdk-table.html"), candidates: [
            PolicyCandidate(path: "assets/privacy.html", bytes: try PF.bytes("gbk.html"))], urls: ["https://x.cn/p"], limits: ScanLimits())
        XCTAssertEqual(s.availability, .supplied)
        XCTAssertEqual(s.source.first?.kind, .input)
        XCTAssertEqual(s.urls, ["https://x.cn/p"])
        XCTAssertTrue(s.textAvailable)
        XCTAssertThrowsError(try PolicyFinder.summary(suppliedPath: "/nonexistent/policy.html", candidates: [], urls: [], limits: ScanLimits())) { e in
            XCTAssertEqual((e as? PolicyError)?.code, "policy.unreadable")
            XCTAssertTrue("\(e)".contains("/nonexistent/policy.html"))
        }
        XCTAssertThrowsError(try PolicyFinder.summary(suppliedPath: PF.dir.path, candidates: [], urls: [], limits: ScanLimits()))
    }

    func testInPackagePicksThePolicyNotTheUserAgreement() throws {
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [
            PolicyCandidate(path: "assets/agreement.html", bytes: try PF.bytes("user-agreement.html")),
            PolicyCandidate(path: "assets/logo.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
            PolicyCandidate(path: "assets/privacy.html", bytes: try PF.bytes("sdk-table.html")),
        ], urls: [], limits: ScanLimits())
        XCTAssertEqual(s.availability, .inPackage)
        XCTAssertEqual(s.source.first?.file, "assets/privacy.html")
        XCTAssertNotNil(s.mention(of: "location"))
    }

    func testUserAgreementAloneIsNotAPolicy() throws {
        let terms = try PolicyTerms.standard()
        let doc = try PolicyReader.readFile(PF.path("user-agreement.html"))
        let v = PolicyClassifier.classify(doc, terms: terms)
        XCTAssertFalse(v.isPolicy, v.reason)
        XCTAssertTrue(PolicyClassifier.classify(try PolicyReader.readFile(PF.path("sdk-table.html")), terms: terms).isPolicy)
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [
            PolicyCandidate(path: "assets/agreement.html", bytes: try PF.bytes("user-agreement.html"))], urls: [], limits: ScanLimits())
        XCTAssertEqual(s.availability, .absent)
        XCTAssertEqual(s.source.first?.kind, .policyMissing)
        XCTAssertTrue(s.source.first?.detail?.contains("assets/agreement.html") ?? false, s.source.first?.detail ?? "")
    }

    func testLinkedAndAbsent() throws {
        let linked = try PolicyFinder.summary(suppliedPath: nil, candidates: [], urls: ["https://b.cn/privacy", "https://a.cn/privacy", "https://a.cn/privacy"], limits: ScanLimits())
        XCTAssertEqual(linked.availability, .linked)
        XCTAssertEqual(linked.urls, ["https://a.cn/privacy", "https://b.cn/privacy"])
        XCTAssertFalse(linked.textAvailable)
        let absent = try PolicyFinder.summary(suppliedPath: nil, candidates: [], urls: [], limits: ScanLimits())
        XCTAssertEqual(absent.availability, .absent)
        XCTAssertTrue(absent.source.first?.detail?.contains("no policy URL") ?? false)
    }

    func testSizeCapTruncates() throws {
        var limits = ScanLimits()
        limits.maxPolicyBytes = 600
        let doc = try PolicyReader.document(bytes: try PF.bytes("sdk-table.html"), name: "p.html", limits: limits)
        XCTAssertTrue(doc.truncated)
        XCTAssertFalse(doc.plainText.contains("投诉"))
    }
}
