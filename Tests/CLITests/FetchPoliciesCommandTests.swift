import Foundation
import XCTest
@testable import MingchaKit

/// `scan --fetch-policies` and `batch --fetch-policies` end to end: the URL is fetched only when
/// asked, the copy lands next to the report, and the fetched text changes what the rules see.
final class FetchPoliciesCommandTests: XCTestCase {
    // Only a policy URL in the package; location is requested. The served policy (GBK HTML) names
    // the phone number and device identifiers but not location.
    let apk = MingchaPaths.samples.appendingPathComponent("apk/built/policy-linked-only.apk").path
    let policy = try! [UInt8](Data(contentsOf: MingchaPaths.testFixtures.appendingPathComponent("policy/fetched-policy-gbk.html")))

    func serve() throws -> LocalHTTPServer {
        try LocalHTTPServer(routes: ["/privacy.html": .init(headers: [("Content-Type", "text/html")], body: policy)])
    }

    func testScanFetchesTheSuppliedURLAndSavesTheCopyNextToTheReport() throws {
        let server = try serve()
        defer { server.stop() }
        let dir = try Scratch.folder("fetch-scan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json")
        let r = try CLI.run(["scan", apk, "--policy-url", server.url("/privacy.html"), "--fetch-policies", "--format", "json", "-o", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(contentsOf: out))
        let p = try XCTUnwrap(report.facts?.policy)
        XCTAssertEqual(p.availability, .fetched)
        XCTAssertEqual(server.requests, ["/privacy.html"])
        let saved = try XCTUnwrap(p.fetches?.first?.savedAs)
        XCTAssertEqual(URL(fileURLWithPath: saved).deletingLastPathComponent().path, dir.appendingPathComponent("report-policies").path)
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: saved))), policy)
        XCTAssertNotNil(p.mention(of: "phone_number"))
        // With the text read, its silence about location is a finding; with only a link it is not.
        let undisclosed = report.findings.filter { $0.ruleId == "policy.undisclosed-info" }
        XCTAssertFalse(undisclosed.isEmpty, report.findings.map(\.ruleId).joined(separator: ","))
        XCTAssertTrue(undisclosed.contains { f in f.evidence.contains { ($0.detail ?? "").contains("location") || ($0.detail ?? "").contains("位置") } || f.message.text("en").contains("location") },
                      "the undisclosed type is location")
    }

    func testWithoutTheFlagTheURLIsOnlyRecorded() throws {
        let server = try serve()
        defer { server.stop() }
        let r = try CLI.run(["scan", apk, "--policy-url", server.url("/privacy.html"), "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(r.stdout.utf8))
        let p = try XCTUnwrap(report.facts?.policy)
        XCTAssertEqual(p.availability, .linked)
        XCTAssertTrue(p.urls.contains(server.url("/privacy.html")))
        XCTAssertNil(p.fetches)
        XCTAssertEqual(server.requests, [], "a scan is offline unless --fetch-policies is given")
        XCTAssertFalse(report.findings.contains { $0.ruleId == "policy.undisclosed-info" })
    }

    func testAnUnreachableURLIsAFetchRecordNotAFailedScan() throws {
        let r = try CLI.run(["scan", apk, "--policy-url", "http://127.0.0.1:1/privacy.html", "--fetch-policies", "--fetch-timeout", "3", "--fetch-urls", "1",
                             "--fetch-dir", FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-unused-\(UUID().uuidString)").path,
                             "--format", "json", "--limit", "policy-mb=1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(r.stdout.utf8))
        XCTAssertEqual(report.status, .ok)
        let p = try XCTUnwrap(report.facts?.policy)
        XCTAssertEqual(p.availability, .linked)
        XCTAssertEqual(p.fetches?.map(\.errorCode), ["fetch.transport"], "one URL tried (--fetch-urls 1), and it failed")
        XCTAssertEqual(p.fetches?.first?.error, "connection failed: connection refused")
    }

    func testAPolicyURLMustBeHTTP() throws {
        let r = try CLI.run(["scan", apk, "--policy-url", "file:///etc/passwd", "--fetch-policies"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("http"), r.stderr)
    }

    func testBatchFetchesTheListsURLIntoThePoliciesFolder() throws {
        let server = try serve()
        defer { server.stop() }
        let dir = try Scratch.folder("fetch-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list.csv")
        try "路径,隐私政策链接\n\(apk),\(server.url("/privacy.html"))\n".write(to: list, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["batch", "--list", list.path, "--out", out.path, "--fetch-policies", "--progress", "none"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let records = try Scratch.records(out)
        XCTAssertEqual(records.count, 1)
        let p = try XCTUnwrap(records.first?.report.facts?.policy)
        XCTAssertEqual(p.availability, .fetched)
        let saved = try XCTUnwrap(p.fetches?.first?.savedAs)
        XCTAssertEqual(saved, out.appendingPathComponent("policies/\(records[0].key)").appendingPathComponent(URL(fileURLWithPath: saved).lastPathComponent).path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: saved))
        // Without the flag the same list gives another result (a different key), and no request.
        let again = try CLI.run(["batch", "--list", list.path, "--out", out.path, "--progress", "none"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let offline = try Scratch.records(out)
        XCTAssertEqual(offline.first?.report.facts?.policy?.availability, .linked)
        XCTAssertNotEqual(offline.first?.key, records.first?.key)
        XCTAssertEqual(server.requests, ["/privacy.html"])
    }
}
