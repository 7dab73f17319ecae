import Foundation
import XCTest
@testable import MingchaKit

/// `scan --one-thread` (what a batch asks of its children when every core has one) does the same
/// work in another order: the report must not change by a byte.
final class OneThreadScanTests: XCTestCase {
    func testOneThreadReportIsIdentical() throws {
        let fx = MingchaPaths.testFixtures
        let samples = MingchaPaths.samples
        let inputs: [(URL, [String])] = [
            (fx.appendingPathComponent("dex/multidex.apk"), []),                 // four DEX files, inflated ahead
            (fx.appendingPathComponent("android-facts/facts-brokendex.apk"), []), // a partial result
            (samples.appendingPathComponent("apk/built/combo-loan.apk"), []),
            (samples.appendingPathComponent("miniprogram/built/clean.wxapkg"), []),
            (fx.appendingPathComponent("archive/garbage.bin"), []),              // an error report
        ]
        for (input, extra) in inputs {
            let two = try CLI.run(["scan", input.path, "--format", "json"] + extra)
            let one = try CLI.run(["scan", input.path, "--format", "json", "--one-thread"] + extra)
            XCTAssertEqual(one.status, two.status, input.lastPathComponent)
            XCTAssertGreaterThan(two.stdout.count, 200, input.lastPathComponent)
            XCTAssertEqual(one.stdout, two.stdout, input.lastPathComponent)
        }
    }

    func testBatchChildrenGetOneThreadOnlyWhenAsked() {
        var worker = ScanWorker(executable: "/bin/true", limits: .init())
        let item = BatchItem(index: 0, path: "/x.apk")
        let out = URL(fileURLWithPath: "/tmp/r.json")
        XCTAssertFalse(worker.arguments(for: item, output: out).contains("--one-thread"))
        worker.oneThreadPerScan = true
        XCTAssertEqual(worker.arguments(for: item, output: out).filter { $0 == "--one-thread" }.count, 1)
    }
}
