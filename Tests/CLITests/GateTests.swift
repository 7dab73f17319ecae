import Foundation
import XCTest
@testable import MingchaKit

/// `scan --fail-on` and `--baseline`: the exit codes a CI reads.
final class GateTests: XCTestCase {
    let apk = MingchaPaths.testFixtures.appendingPathComponent("android/new.apk").path

    func testFailOnThresholdsAndUsageErrors() throws {
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(try CLI.run(["scan", apk, "--format", "json"]).stdout.utf8))
        let high = report.findings.filter { $0.severity == .high }.count
        XCTAssertGreaterThan(high, 0, "the fixture has high findings")
        XCTAssertEqual(try CLI.run(["scan", apk]).status, 0, "no --fail-on: pass")
        XCTAssertEqual(try CLI.run(["scan", apk, "--fail-on", "none"]).status, 0)
        let failed = try CLI.run(["scan", apk, "--fail-on", "high", "--lang", "en"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("\(high) finding(s) at or above high"), failed.stderr)
        XCTAssertEqual(try CLI.run(["scan", apk, "--fail-on", "info"]).status, 1)
        let garbage = MingchaPaths.testFixtures.appendingPathComponent("archive/garbage.bin").path
        XCTAssertEqual(try CLI.run(["scan", garbage, "--fail-on", "high"]).status, 3)
        XCTAssertEqual(try CLI.run(["scan", garbage]).status, 3)
        XCTAssertEqual(try CLI.run(["scan", apk, "--bogus"]).status, 2)
        XCTAssertEqual(try CLI.run(["scan", apk, "--format", "xml"]).status, 2)
        XCTAssertEqual(try CLI.run(["scan", apk, "--fail-on", "severe"]).status, 2)
        XCTAssertEqual(try CLI.run(["scan", apk, "--baseline", "/nonexistent/baseline.json"]).status, 2)
    }

    func testBaselineAcceptsKnownFindingsOnly() throws {
        let dir = try Scratch.folder("gate")
        let b1 = dir.appendingPathComponent("b1.json"), b2 = dir.appendingPathComponent("b2.json")
        let json = dir.appendingPathComponent("prev.json"), sarif = dir.appendingPathComponent("prev.sarif")
        XCTAssertEqual(try CLI.run(["scan", apk, "--write-baseline", b1.path, "--format", "json", "-o", json.path]).status, 0)
        XCTAssertEqual(try CLI.run(["scan", apk, "--write-baseline", b2.path, "--format", "sarif", "-o", sarif.path]).status, 0)
        XCTAssertEqual(Scratch.text(b1), Scratch.text(b2), "fingerprints are stable across runs")
        for accepted in [b1, json, sarif] {
            let r = try CLI.run(["scan", apk, "--fail-on", "info", "--baseline", accepted.path])
            XCTAssertEqual(r.status, 0, "\(accepted.lastPathComponent): \(r.stderr)")
        }
        // Drop one high finding from the baseline: exactly that one fails the gate.
        let file = try JSONDecoder().decode(Baseline.File.self, from: XCTUnwrap(FileManager.default.contents(atPath: b1.path)))
        let dropped = try XCTUnwrap(file.fingerprints.first { $0.severity == .high })
        let text = dir.appendingPathComponent("partial.txt")
        try ("# all but one\n" + file.fingerprints.filter { $0.fingerprint != dropped.fingerprint }.map(\.fingerprint).joined(separator: "\n") + "\n")
            .write(to: text, atomically: true, encoding: .utf8)
        let r = try CLI.run(["scan", apk, "--fail-on", "high", "--baseline", text.path, "--lang", "en"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("1 finding(s)"), r.stderr)
        XCTAssertTrue(r.stderr.contains(dropped.ruleId), r.stderr)
        // Only medium and above count: the dropped high one fails, not lower ones.
        XCTAssertEqual(try CLI.run(["scan", apk, "--fail-on", "high", "--baseline", b1.path]).status, 0)
        // A malformed baseline is a usage error, not a pass.
        let junk = dir.appendingPathComponent("junk.txt")
        try "not a fingerprint\n".write(to: junk, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["scan", apk, "--fail-on", "high", "--baseline", junk.path]).status, 2)
    }
}
