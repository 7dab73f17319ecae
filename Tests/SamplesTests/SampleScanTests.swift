import Foundation
import XCTest
import MingchaKit

/// Acceptance test of the Android pipeline and the rules: scanning every sample reports every
/// rule of its mustFire list and none of its mustNotFire list. Rules listed as "pending" in a
/// sample's expected.json are known misses of today's pipeline (eval.py reports them) and are
/// not required here.
final class SampleScanTests: XCTestCase {
    func testEverySampleReportsWhatItMustAndNothingItMustNot() throws {
        var problems: [String] = []
        var scanned = 0
        let start = Date()
        for s in try SampleExpectation.all() {
            let report = Scanner.scan(path: s.apk.path, options: s.scanOptions)
            if report.status == .error {
                problems.append("\(s.name): scan failed: \(report.problems.map { "\($0.code) \($0.message)" }.joined(separator: "; "))")
                continue
            }
            scanned += 1
            let fired = Set(report.findings.map(\.ruleId))
            let missed = s.mustFire.filter { !fired.contains($0) }
            let falseAlarms = s.mustNotFire.filter { fired.contains($0) }
            if !missed.isEmpty { problems.append("\(s.name): missed \(missed.joined(separator: ", "))") }
            if !falseAlarms.isEmpty { problems.append("\(s.name): must not report \(falseAlarms.joined(separator: ", "))") }
        }
        print("SampleScanTests: \(scanned) samples scanned in \(String(format: "%.1f", Date().timeIntervalSince(start))) s, \(problems.count) problem(s)")
        XCTAssertEqual(problems, [], "\n" + problems.joined(separator: "\n"))
    }
}
