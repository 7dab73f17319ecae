import Foundation
import XCTest
@testable import MingchaKit

/// `--limit name=value`: per-app limits changed from the command line reach the scan.
final class LimitOptionTests: XCTestCase {
    let apk = MingchaPaths.testFixtures.appendingPathComponent("android/new.apk").path

    func testNamedLimitsParse() throws {
        var l = ScanLimits()
        try l.apply(["entries=3", "total-mb=2", "time=1.5", "call-depth=4"])
        XCTAssertEqual(l.maxEntries, 3)
        XCTAssertEqual(l.maxTotalBytes, 2 << 20)
        XCTAssertEqual(l.timeoutSeconds, 1.5)
        XCTAssertEqual(l.maxCallDepth, 4)
        XCTAssertThrowsError(try l.apply(["bogus=1"])) { XCTAssertEqual($0 as? LimitError, .unknown("bogus")) }
        XCTAssertThrowsError(try l.apply(["entries=-1"])) { XCTAssertEqual($0 as? LimitError, .badValue("entries", "-1")) }
        XCTAssertThrowsError(try l.apply(["entries"])) { XCTAssertEqual($0 as? LimitError, .malformed("entries")) }
        // Every advertised name is accepted.
        for (name, _) in ScanLimits.names { XCTAssertNoThrow(try l.set(name, to: "7"), name) }
    }

    func testLimitFromTheCommandLineEndsTheScanWithItsCode() throws {
        let ok = try CLI.run(["scan", apk, "--format", "json"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let tight = try CLI.run(["scan", apk, "--format", "json", "--limit", "entries=1"])
        XCTAssertEqual(tight.status, 3, "an app over a limit could not be scanned")
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(tight.stdout.utf8))
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.problems.first?.code, "zip.too-many-entries")
        XCTAssertEqual(try CLI.run(["scan", apk, "--limit", "bogus=1"]).status, 2)
        XCTAssertEqual(try CLI.run(["scan", apk, "--limit", "entries=none"]).status, 2)
    }
}
