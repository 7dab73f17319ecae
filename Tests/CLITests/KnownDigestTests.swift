import Foundation
import XCTest
@testable import MingchaKit

/// A batch hashes every package for its result key and hands the digest to the child scan
/// (`scan --known-sha256`), which reports it instead of reading the whole file a second time.
final class KnownDigestTests: XCTestCase {
    static let app = MingchaPaths.samples.appendingPathComponent("apk/built/combo-loan.apk")

    func testAGivenDigestIsReportedAndNothingElseChanges() throws {
        let plain = try CLI.run(["scan", Self.app.path, "--format", "json"])
        let real = try Hashing.sha256Hex(fileAt: Self.app.path)
        let same = try CLI.run(["scan", Self.app.path, "--format", "json", "--known-sha256", real])
        XCTAssertEqual(same.stdout, plain.stdout, "the true digest gives the same report, byte for byte")

        // A digest the file does not have shows that the child took it rather than hashing.
        let other = String(repeating: "ab", count: 32)
        let given = try CLI.run(["scan", Self.app.path, "--format", "json", "--known-sha256", other])
        var a = try JSONDecoder().decode(ScanReport.self, from: Data(plain.stdout.utf8))
        let b = try JSONDecoder().decode(ScanReport.self, from: Data(given.stdout.utf8))
        XCTAssertEqual(a.input.sha256, real)
        XCTAssertEqual(b.input.sha256, other)
        a.input.sha256 = other
        XCTAssertEqual(try JSONOutput.string(a), try JSONOutput.string(b))
    }

    func testAMalformedDigestIsAUsageError() throws {
        for bad in ["abc", String(repeating: "AB", count: 32), String(repeating: "g", count: 64)] {
            let r = try CLI.run(["scan", Self.app.path, "--format", "json", "--known-sha256", bad])
            XCTAssertNotEqual(r.status, 0, bad)
            XCTAssertTrue(r.stderr.contains("--known-sha256"), r.stderr)
            XCTAssertTrue(r.stdout.isEmpty, bad)
        }
    }

    func testAFolderIgnoresAGivenDigest() throws {
        // A mini-program folder's digest is made of its files' hashes; a single file's means nothing there.
        let dir = try Scratch.folder("known-digest-dir")
        try FileManager.default.copyItem(at: MingchaPaths.samples.appendingPathComponent("miniprogram/built/clean.wxapkg"),
                                         to: dir.appendingPathComponent("__APP__.wxapkg"))
        let plain = try CLI.run(["scan", dir.path, "--format", "json"])
        let given = try CLI.run(["scan", dir.path, "--format", "json", "--known-sha256", String(repeating: "0", count: 64)])
        XCTAssertEqual(given.stdout, plain.stdout)
        XCTAssertFalse(plain.stdout.contains(String(repeating: "0", count: 64)))
    }

    func testChildArgumentsCarryOnlyAWellFormedDigest() {
        let worker = ScanWorker(executable: "/bin/true", limits: .init())
        let item = BatchItem(index: 0, path: "/x.apk")
        let out = URL(fileURLWithPath: "/tmp/r.json")
        let hex = String(repeating: "0f", count: 32)
        let args = worker.arguments(for: item, output: out, sha256: hex)
        let at = args.firstIndex(of: "--known-sha256")
        XCTAssertEqual(at.map { args[$0 + 1] }, hex)
        XCTAssertFalse(worker.arguments(for: item, output: out).contains("--known-sha256"))
        XCTAssertFalse(worker.arguments(for: item, output: out, sha256: "not-a-digest").contains("--known-sha256"))
    }
}
