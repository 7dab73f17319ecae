import Foundation
import XCTest
@testable import MingchaKit

/// Runs the built `mingcha` binary (it sits next to the test bundle in the build products).
enum CLI {
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["MINGCHA_BIN"], !env.isEmpty { return env }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for dir in [bundleDir, Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL] {
            let p = dir.appendingPathComponent("mingcha").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return bundleDir.appendingPathComponent("mingcha").path
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs the binary to completion, output to files (no pipe can fill up and stall it).
    @discardableResult
    static func run(_ args: [String], env: [String: String] = [:], timeout: Double = 120) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = try start(args, env: env, stdout: out, stderr: err)
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL); p.waitUntilExit(); XCTFail("mingcha \(args) did not finish in \(timeout) s") }
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: FileManager.default.contents(atPath: out.path) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: FileManager.default.contents(atPath: err.path) ?? Data(), as: UTF8.self))
    }

    static func start(_ args: [String], env: [String: String] = [:], stdout: URL? = nil, stderr: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try stdout.map { try FileHandle(forWritingTo: $0) } ?? FileHandle.nullDevice
        p.standardError = try stderr.map { try FileHandle(forWritingTo: $0) } ?? FileHandle.nullDevice
        try p.run()
        return p
    }
}

/// Scratch folders and the sample inputs: good fixture APKs, and broken or hostile files
/// renamed to .apk so a folder walk takes them.
enum Scratch {
    static func folder(_ name: String) throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    static let good = ["android/new.apk", "android/old.apk", "archive/signed-v1-ec.apk"]
    /// fixture -> name in the input folder
    static let bad: [(String, String)] = [("archive/garbage.bin", "garbage.apk"), ("archive/bomb.zip", "bomb.apk"),
                                          ("archive/truncated-tail.zip", "truncated.apk"), ("android/nomanifest.apk", "nomanifest.apk")]

    /// A copy of fixture APK `source` at `to` with a 24 MiB stored `classes2.dex` of random bytes,
    /// which a scan reads into memory of its own. Memory-cap tests need it: a batch child is forked
    /// from a server that has scanned a sample already, so a small app may need no memory it did
    /// not inherit, and a cap would never be hit.
    static func apkNeedingMemory(copying source: URL, to: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", """
            import os, shutil, sys, zipfile
            shutil.copy(sys.argv[1], sys.argv[2])
            with zipfile.ZipFile(sys.argv[2], "a") as z:
                z.writestr(zipfile.ZipInfo("classes2.dex"), os.urandom(24 << 20), compress_type=zipfile.ZIP_STORED)
            """, source.path, to.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// An input folder with the good and bad samples plus an empty file.
    static func inputs() throws -> URL {
        let dir = try folder("inputs")
        let fx = MingchaPaths.testFixtures
        for g in good { try FileManager.default.copyItem(at: fx.appendingPathComponent(g), to: dir.appendingPathComponent((g as NSString).lastPathComponent)) }
        for (src, name) in bad { try FileManager.default.copyItem(at: fx.appendingPathComponent(src), to: dir.appendingPathComponent(name)) }
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.apk").path, contents: Data())
        return dir
    }

    static func text(_ url: URL) -> String { String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self) }

    static func records(_ dir: URL) throws -> [BatchRecord] { try BatchOutputs.readRecords(in: dir) }

    /// The aggregate outputs that must be equal between runs (byte for byte).
    static let outputs = ["results.jsonl", "summary.csv", "index.html", "results.sarif", "notice.csv", "notice.md", "batch.json"]
}
