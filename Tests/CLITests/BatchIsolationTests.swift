import Foundation
import XCTest
@testable import MingchaKit

/// A slow or memory-hungry app costs one error record; the rest of the batch goes on.
final class BatchIsolationTests: XCTestCase {
    func testSlowAppIsKilledAtTheTimeoutAndRecorded() throws {
        let dir = try Scratch.folder("slow")
        let fx = MingchaPaths.testFixtures
        try FileManager.default.copyItem(at: fx.appendingPathComponent("android/old.apk"), to: dir.appendingPathComponent("slow-app.apk"))
        try FileManager.default.copyItem(at: fx.appendingPathComponent("android/new.apk"), to: dir.appendingPathComponent("quick.apk"))
        let out = try Scratch.folder("slow-out")
        let started = Date()
        // The child of `slow-app.apk` sleeps 120 s (test hook honoured by `scan` only).
        let r = try CLI.run(["batch", dir.path, "--out", out.path, "--jobs", "2", "--timeout", "10", "--progress", "lines"],
                            env: ["MINGCHA_TEST_SLEEP": "slow-app:120"])
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertLessThan(elapsed, 60, "the batch did not wait for the slow child")
        let records = try Scratch.records(out)
        XCTAssertEqual(records.count, 2)
        let slow = try XCTUnwrap(records.first { $0.item.path.hasSuffix("slow-app.apk") })
        XCTAssertEqual(slow.report.status, .error)
        XCTAssertEqual(slow.report.problems.first?.code, "batch.timeout")
        XCTAssertTrue(slow.report.problems.first?.message.contains("timed out after 10 s") == true)
        XCTAssertEqual(slow.report.input.sha256, try Hashing.sha256Hex(fileAt: slow.item.path), "the error record still names the package")
        let quick = try XCTUnwrap(records.first { $0.item.path.hasSuffix("quick.apk") })
        XCTAssertNotEqual(quick.report.status, .error, "\(quick.report.problems)")
        // The timeout is stored: a re-run does not wait again, --retry-errors does.
        let again = try CLI.run(["batch", dir.path, "--out", out.path, "--timeout", "10", "--progress", "lines"])
        XCTAssertTrue(again.stderr.contains("2 already done"), again.stderr)
        let retry = try CLI.run(["batch", dir.path, "--out", out.path, "--retry-errors", "--progress", "lines"])
        XCTAssertTrue(retry.stderr.contains("1 scanned"), retry.stderr)
        XCTAssertNotEqual(try Scratch.records(out).first { $0.item.path.hasSuffix("slow-app.apk") }?.report.status, .error)
    }

    /// The memory cap is applied in the child: under a cap too small for the app, every app is
    /// an error record naming the failure, and the batch still completes.
    func testMemoryCapMakesErrorRecordsNotACrash() throws {
        let dir = try Scratch.folder("mem")
        try Scratch.apkNeedingMemory(copying: MingchaPaths.testFixtures.appendingPathComponent("android/new.apk"), to: dir.appendingPathComponent("a.apk"))
        try Scratch.apkNeedingMemory(copying: MingchaPaths.testFixtures.appendingPathComponent("android/old.apk"), to: dir.appendingPathComponent("b.apk"))
        let out = try Scratch.folder("mem-out")
        let r = try CLI.run(["batch", dir.path, "--out", out.path, "--memory-mb", "64", "--progress", "lines"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let records = try Scratch.records(out)
        XCTAssertEqual(records.count, 2)
        for rec in records {
            XCTAssertEqual(rec.report.status, .error)
            XCTAssertTrue(["batch.crashed", "batch.no-report"].contains(rec.report.problems.first?.code ?? ""), "\(rec.report.problems)")
        }
        // With room, the same apps scan.
        let roomy = try CLI.run(["batch", dir.path, "--out", out.path, "--memory-mb", "2048", "--retry-errors", "--progress", "none"])
        XCTAssertEqual(roomy.status, 0, roomy.stderr)
        XCTAssertTrue(try Scratch.records(out).allSatisfy { $0.report.status != .error })
    }
}
