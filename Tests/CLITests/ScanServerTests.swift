import Foundation
import XCTest
@testable import MingchaKit

/// The batch's scan server (`mingcha scan-server`): each app in a forked child under its own
/// limits, the server outliving a child's timeout or failure, a dead server replaced.
final class ScanServerTests: XCTestCase {
    private func request(_ apk: URL, output: URL, memoryMB: Int = 4096) -> ScanServer.Request {
        ScanServer.Request(arguments: ["scan", apk.path, "--format", "json", "--output", output.path],
                           stderrPath: output.path + ".stderr", memoryKB: memoryMB * 1024, cpuSeconds: 600)
    }

    private func inputs() throws -> (dir: URL, quick: URL, slow: URL) {
        let dir = try Scratch.folder("server")
        let apk = MingchaPaths.testFixtures.appendingPathComponent("android/new.apk")
        let quick = dir.appendingPathComponent("quick.apk"), slow = dir.appendingPathComponent("slow-app.apk")
        try FileManager.default.copyItem(at: apk, to: quick)
        try FileManager.default.copyItem(at: apk, to: slow)
        return (dir, quick, slow)
    }

    func testChildReportIsTheScanReportAndTheServerOutlivesATimeout() throws {
        let (dir, quick, slow) = try inputs()
        // The server's children inherit this; `scan` sleeps for an input named like the pattern.
        setenv("MINGCHA_TEST_SLEEP", "slow-app:120", 1)
        defer { unsetenv("MINGCHA_TEST_SLEEP") }
        let server = try ScanServerConnection(executable: CLI.binary)
        let pid = server.serverPID

        let first = dir.appendingPathComponent("first.json")
        XCTAssertEqual(server.run(request(quick, output: first), timeout: 60), .ended(.exited(0)))
        let direct = try CLI.run(["scan", quick.path, "--format", "json"])
        XCTAssertEqual(Scratch.text(first), direct.stdout, "the forked child writes what a fresh scan prints")

        let started = Date()
        XCTAssertEqual(server.run(request(slow, output: dir.appendingPathComponent("slow.json")), timeout: 2), .timedOut)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)

        let again = dir.appendingPathComponent("again.json")
        XCTAssertEqual(server.run(request(quick, output: again), timeout: 60), .ended(.exited(0)))
        XCTAssertEqual(Scratch.text(again), direct.stdout)
        XCTAssertEqual(server.serverPID, pid, "the same server served all three")
    }

    func testMemoryCapIsTheChildsNotTheServers() throws {
        let (dir, quick, _) = try inputs()
        let big = dir.appendingPathComponent("big.apk")
        try Scratch.apkNeedingMemory(copying: quick, to: big)
        let server = try ScanServerConnection(executable: CLI.binary)
        let capped = server.run(request(big, output: dir.appendingPathComponent("capped.json"), memoryMB: 64), timeout: 60)
        XCTAssertNotEqual(capped, .ended(.exited(0)), "a scan reading a 24 MiB entry cannot run in 64 MiB of address space")
        guard case .ended = capped else { return XCTFail("the server should report the child's end: \(capped)") }
        XCTAssertEqual(server.run(request(big, output: dir.appendingPathComponent("roomy.json")), timeout: 60), .ended(.exited(0)))
    }

    func testRequestsTheChildCouldNotCarryOutAreRefused() {
        let good = #"{"arguments":["scan","a.apk"],"stderrPath":"e","memoryKB":1024,"cpuSeconds":5}"#
        guard case .success(let r) = ScanServer.request(from: good) else { return XCTFail("a valid request was refused") }
        XCTAssertEqual(r.arguments, ["scan", "a.apk"])
        XCTAssertEqual(r.memoryKB, 1024)
        func refusal(_ line: String) -> ScanServer.Refusal? {
            if case .failure(let why) = ScanServer.request(from: line) { return why }
            return nil
        }
        XCTAssertEqual(refusal("scan a.apk"), .notJSON)
        XCTAssertEqual(refusal(#"{"arguments":[],"stderrPath":"e","memoryKB":1024,"cpuSeconds":5}"#), .noCommand)
        XCTAssertEqual(refusal(#"{"arguments":["scan"],"stderrPath":"e","memoryKB":-1,"cpuSeconds":5}"#), .badLimit("memory cap"))
        // KiB times 1024 would overflow (a trap in the child before this check).
        XCTAssertEqual(refusal(#"{"arguments":["scan"],"stderrPath":"e","memoryKB":9223372036854775807,"cpuSeconds":5}"#),
                       .badLimit("memory cap"))
        XCTAssertEqual(refusal(#"{"arguments":["scan"],"stderrPath":"e","memoryKB":1024,"cpuSeconds":0}"#), .badLimit("CPU time"))
        // A NUL would cut the path short in open(2); Foundation's decoder already refuses it.
        XCTAssertNotNil(refusal(#"{"arguments":["scan"],"stderrPath":"e\u0000x","memoryKB":1024,"cpuSeconds":5}"#))
        XCTAssertEqual(refusal(#"{"arguments":["scan"],"stderrPath":"","memoryKB":1024,"cpuSeconds":5}"#), .badPath)
    }

    func testARefusedRequestIsAnsweredAndTheServerServesTheNext() throws {
        let (dir, quick, _) = try inputs()
        let server = try ScanServerConnection(executable: CLI.binary)
        var bad = request(quick, output: dir.appendingPathComponent("bad.json"))
        bad.memoryKB = -5
        XCTAssertEqual(server.run(bad, timeout: 60), .notStarted("the request's memory cap is out of range"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.json").path), "no child ran")
        XCTAssertEqual(server.run(request(quick, output: dir.appendingPathComponent("good.json")), timeout: 60), .ended(.exited(0)))
    }

    func testADeadServerIsReplacedAndTheAppStillScanned() throws {
        let (dir, quick, _) = try inputs()
        let worker = ScanWorker(executable: CLI.binary, limits: .init(timeout: 60))
        var server: ScanServerConnection?
        let item = BatchItem(index: 0, path: quick.path)
        guard case .report(let r1, _) = worker.run(item, output: dir.appendingPathComponent("a.json"), server: &server) else {
            return XCTFail("first scan failed")
        }
        let oldPID = try XCTUnwrap(server?.serverPID)
        kill(oldPID, SIGKILL)
        usleep(200_000)
        guard case .report(let r2, _) = worker.run(item, output: dir.appendingPathComponent("b.json"), server: &server) else {
            return XCTFail("the scan after the server died was not run by a new server")
        }
        XCTAssertNotEqual(server?.serverPID, oldPID)
        XCTAssertEqual(r2.findings.map(\.ruleId), r1.findings.map(\.ruleId))
        XCTAssertEqual(r2.input.sha256, r1.input.sha256)
    }
}
