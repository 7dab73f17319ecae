import Foundation
import XCTest
@testable import MingchaKit

/// Batch children: exit codes and signals read back, the time limit, a clean start (no inherited
/// descriptors, no ignored signals), and a path that cannot be started.
final class ChildProcessTests: XCTestCase {
    private func run(_ script: String, seconds: Double = 10) throws -> (ChildProcess.Ending?, String) {
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: err) }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: err.path))
        let child = try ChildProcess(path: "/bin/sh", arguments: ["-c", script], stderr: handle.fileDescriptor)
        try handle.close()
        var ending = child.wait(seconds: seconds)
        if ending == nil { child.kill(); _ = child.waitAfterKill(); ending = nil }
        return (ending, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    func testExitCodesAndSignals() throws {
        XCTAssertEqual(try run("exit 0").0, .exited(0))
        XCTAssertEqual(try run("exit 7").0, .exited(7))
        XCTAssertEqual(try run("kill -9 $$").0, .signalled(SIGKILL))
        XCTAssertEqual(try run("kill -SEGV $$").0, .signalled(SIGSEGV))
        let (ending, text) = try run("echo to-stderr >&2; echo to-stdout")
        XCTAssertEqual(ending, .exited(0))
        XCTAssertEqual(text, "to-stderr\n", "standard output goes nowhere, standard error to the file")
    }

    func testTimeLimitLeavesTheChildToKill() throws {
        let t0 = Date()
        let child = try ChildProcess(path: "/bin/sleep", arguments: ["30"], stderr: -1)
        XCTAssertNil(child.wait(seconds: 0.3))
        child.kill()
        XCTAssertEqual(child.waitAfterKill(), .signalled(SIGKILL))
        XCTAssertLessThan(Date().timeIntervalSince(t0), 10)
    }

    func testChildStartsWithOnlyItsStandardDescriptorsAndDefaultSignals() throws {
        // Descriptors the parent holds without close-on-exec, above 3, must not reach the child.
        let leaks = (0..<6).map { _ in dup(STDIN_FILENO) }
        defer { leaks.forEach { close($0) } }
        XCTAssertTrue(leaks.allSatisfy { $0 > 3 })
        let old = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, old) }
        let (ending, text) = try run("ls /proc/self/fd >&2; grep SigIgn /proc/self/status >&2")
        XCTAssertEqual(ending, .exited(0))
        let lines = text.split(separator: "\n").map(String.init)
        let fds = Set(lines.compactMap { Int($0) })
        XCTAssertTrue(fds.isSubset(of: [0, 1, 2, 3]), "inherited descriptors: \(fds.sorted())")  // 3: ls's own directory
        XCTAssertTrue(fds.isDisjoint(with: leaks.map(Int.init)), "\(fds.sorted()) \(leaks)")
        // Signals 1-31 (SIGPIPE among them) at their default action; glibc keeps 32 and 33 for itself.
        let ignored = try XCTUnwrap(lines.first { $0.hasPrefix("SigIgn") }?.split(separator: "\t").last.flatMap { UInt64($0, radix: 16) })
        XCTAssertEqual(ignored & 0x7fff_ffff, 0, text)
    }

    func testAPathThatCannotStartIsAnError() {
        XCTAssertThrowsError(try ChildProcess(path: "/nonexistent/mingcha", arguments: [], stderr: -1)) {
            XCTAssertEqual("\($0)", "No such file or directory")
        }
    }
}
