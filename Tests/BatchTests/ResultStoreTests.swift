import Foundation
import XCTest
@testable import MingchaKit

final class ResultStoreTests: XCTestCase {
    let tool = ToolInfo(version: "1", knowledgeBaseVersion: "kb", rulesVersion: "r")

    func report(_ tool: ToolInfo) -> ScanReport {
        ScanReport(tool: tool, input: InputInfo(path: "/a.apk", fileName: "a.apk", sha256: "ab", size: 3, kind: "apk"),
                   status: .error, problems: [ScanProblem(code: "x", message: "y")], facts: nil, findings: [])
    }

    func testOnlyWholeResultsOfTheSameToolAreTrusted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ResultStore(root: dir.path)
        try store.save(report(tool), key: "k1")
        XCTAssertNotNil(store.load(key: "k1", tool: tool))
        XCTAssertNil(store.load(key: "k1", tool: ToolInfo(version: "1", knowledgeBaseVersion: "kb2", rulesVersion: "r")), "another knowledge base")
        // A truncated file (as a crash mid-write without rename would leave) is not trusted.
        let data = try JSONOutput.data(report(tool))
        try data.prefix(data.count / 2).write(to: store.url(forKey: "k2"))
        XCTAssertNil(store.load(key: "k2", tool: tool))
        XCTAssertNil(store.load(key: "absent", tool: tool))
        // Temporary files never survive a new run.
        FileManager.default.createFile(atPath: store.temporaryPath(for: "k3").path, contents: data)
        let again = try ResultStore(root: dir.path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: again.tmp.path), [])
        XCTAssertNotNil(again.load(key: "k1", tool: tool))
    }

    func testKeyDependsOnPackageToolAndListedOptions() {
        let item = BatchItem(index: 0, path: "/a.apk")
        let k = ResultStore.key(packageDigest: "p", tool: tool, item: item, optionsDigest: "")
        XCTAssertEqual(k, ResultStore.key(packageDigest: "p", tool: tool, item: BatchItem(index: 9, path: "/a.apk"), optionsDigest: ""),
                       "the position in the list is not part of the key")
        XCTAssertNotEqual(k, ResultStore.key(packageDigest: "q", tool: tool, item: item, optionsDigest: ""))
        XCTAssertNotEqual(k, ResultStore.key(packageDigest: "p", tool: ToolInfo(version: "1", knowledgeBaseVersion: "kb", rulesVersion: "r2"), item: item, optionsDigest: ""))
        XCTAssertNotEqual(k, ResultStore.key(packageDigest: "p", tool: tool, item: item, optionsDigest: "rules"))
        var named = item
        named.name = "某应用"
        XCTAssertNotEqual(k, ResultStore.key(packageDigest: "p", tool: tool, item: named, optionsDigest: ""))
    }

    func testPackageDigestOfFileFolderAndMissingPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("abc".utf8).write(to: dir.appendingPathComponent("a.wxapkg"))
        let file = PackageDigest.of(dir.appendingPathComponent("a.wxapkg").path)
        XCTAssertEqual(file.hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertTrue(file.isFile)
        XCTAssertEqual(file.size, 3)
        let folder = PackageDigest.of(dir.path)
        XCTAssertFalse(folder.isFile)
        try Data("abd".utf8).write(to: dir.appendingPathComponent("a.wxapkg"))
        XCTAssertNotEqual(PackageDigest.of(dir.path), folder)
        XCTAssertNotEqual(PackageDigest.of("/nonexistent/1").hex, PackageDigest.of("/nonexistent/2").hex)
    }
}
