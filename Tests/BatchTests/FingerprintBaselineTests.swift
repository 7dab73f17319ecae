import Foundation
import XCTest
@testable import MingchaKit

final class FingerprintBaselineTests: XCTestCase {
    func finding(_ rule: String, _ severity: Severity, _ evidence: [Evidence]) -> Finding {
        Finding(ruleId: rule, title: Localized(zh: "标题", en: "title"), types: [6], miitCategory: "C2", severity: severity,
                confidence: .confirmed, legalBasis: [], message: Localized(zh: "消息", en: "message"), evidence: evidence,
                remediation: Localized(zh: "整改", en: "fix"), needsDynamicCheck: false)
    }
    let e1 = Evidence(.manifestElement, file: "AndroidManifest.xml", location: "<receiver>", detail: "BOOT_COMPLETED")
    let e2 = Evidence(.dexCall, file: "classes.dex", location: "La/B;->c()V", detail: "getDeviceId")

    func report(_ findings: [Finding], id: String = "com.example") -> ScanReport {
        var facts = AppFacts(identity: AppIdentity(platform: .android, id: id))
        facts.identity.name = "Example"
        return ScanReport(tool: ToolInfo(version: "t", knowledgeBaseVersion: "k", rulesVersion: "r"),
                          input: InputInfo(path: "/x.apk", fileName: "x.apk", sha256: "00", size: 1, kind: "apk"),
                          status: .ok, problems: [], facts: facts, findings: findings)
    }

    func testFingerprintIgnoresEvidenceOrderButNotEvidenceRuleOrApp() {
        let a = Fingerprint.of(finding("r.one", .high, [e1, e2]), appId: "com.a")
        XCTAssertEqual(a, Fingerprint.of(finding("r.one", .high, [e2, e1]), appId: "com.a"))
        XCTAssertEqual(a, Fingerprint.of(finding("r.one", .low, [e2, e1, e1]), appId: "com.a"), "severity and duplicates do not matter")
        XCTAssertNotEqual(a, Fingerprint.of(finding("r.one", .high, [e1]), appId: "com.a"))
        XCTAssertNotEqual(a, Fingerprint.of(finding("r.two", .high, [e1, e2]), appId: "com.a"))
        XCTAssertNotEqual(a, Fingerprint.of(finding("r.one", .high, [e1, e2]), appId: "com.b"))
        XCTAssertEqual(a.count, 64)
    }

    func testBaselineFormatsAllGiveTheSameSet() throws {
        let r = report([finding("r.one", .high, [e1]), finding("r.two", .medium, [e2])])
        let expected = Set(Fingerprint.all(r).map(\.fingerprint))
        XCTAssertEqual(expected.count, 2)
        XCTAssertEqual(try Baseline.parse(JSONOutput.data(r)).fingerprints, expected, "scan report")
        XCTAssertEqual(try Baseline.parse(JSONOutput.data(Baseline.File(reports: [r]))).fingerprints, expected, "baseline file")
        XCTAssertEqual(try Baseline.parse(Data(SARIFReport.render([r]).utf8)).fingerprints, expected, "SARIF")
        let record = BatchRecord(key: "k", item: BatchItem(index: 0, path: "/x.apk"), report: r)
        XCTAssertEqual(try Baseline.parse(Data((JSONOutput.string(record, pretty: false) + "\n").utf8)).fingerprints, expected, "results.jsonl")
        let text = "# accepted\n" + expected.sorted().joined(separator: "  # note\n") + "\n"
        XCTAssertEqual(try Baseline.parse(Data(text.utf8)).fingerprints, expected, "text")
        XCTAssertThrowsError(try Baseline.parse(Data("deadbeef\n".utf8))) { e in XCTAssertEqual((e as? BaselineError)?.code, "baseline.malformed") }
    }

    func testGateCountsOnlyUnacceptedFindingsAtOrAboveTheThreshold() {
        let high = finding("r.high", .high, [e1]), low = finding("r.low", .low, [e2])
        let r = report([high, low])
        XCTAssertEqual(Gate(threshold: nil).judge(r).exitCode, 0)
        XCTAssertEqual(Gate(threshold: .high).judge(r).failing.map(\.ruleId), ["r.high"])
        XCTAssertEqual(Gate(threshold: .low).judge(r).failing.count, 2)
        let accepted = Baseline(fingerprints: [Fingerprint.of(high, appId: "com.example")])
        let v = Gate(threshold: .low, baseline: accepted).judge(r)
        XCTAssertEqual(v.exitCode, 1)
        XCTAssertEqual(v.failing.map(\.ruleId), ["r.low"])
        XCTAssertEqual(v.accepted, 1)
        XCTAssertEqual(Gate(threshold: .medium, baseline: accepted).judge(r).exitCode, 0)
        var broken = r
        broken.status = .error
        XCTAssertEqual(Gate(threshold: .high).judge(broken).exitCode, 3)
    }
}
