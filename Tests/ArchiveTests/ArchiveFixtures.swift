import Foundation
import XCTest
@testable import MingchaKit

/// Paths and helpers shared by the archive tests.
enum ArchiveFixtures {
    static let dir = MingchaPaths.testFixtures.appendingPathComponent("archive")
    static func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    static func open(_ name: String, limits: ScanLimits = ScanLimits(), budget: InflateBudget? = nil) throws -> ZipArchive {
        try ZipArchive(path: path(name), limits: limits, budget: budget ?? InflateBudget(limits: limits))
    }

    /// The error code thrown by `body`, or nil when it did not throw.
    static func code(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as MingchaError { return e.code } catch { return "untyped: \(error)" }
    }

    static let text = Array(String(repeating: "hello android ", count: 50).utf8)

    static var corpus: URL? {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let url = env.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/mingcha-corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("apk").path) ? url : nil
    }

    /// Runs a tool and returns its stdout (stderr discarded), or nil when it cannot start.
    static func run(_ tool: String, _ args: [String]) -> (status: Int32, out: String)? {
        runBytes(tool, args).map { ($0.status, String(decoding: $0.out, as: UTF8.self)) }
    }

    static func runBytes(_ tool: String, _ args: [String]) -> (status: Int32, out: [UInt8])? {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, [UInt8](data))
    }
}
