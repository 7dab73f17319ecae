import Foundation
import XCTest
@testable import MingchaKit

final class BatchDiscoveryTests: XCTestCase {
    func testFindsPackagesBelowFoldersSortedFollowingLinksSkippingOthers() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("disc-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        for name in ["z.apk", "a.XAPK", "b/c/m.wxapkg", "b/x.apks", "notes.txt", "list.csv", ".hidden.apk"] {
            fm.createFile(atPath: root.appendingPathComponent(name).path, contents: Data("x".utf8))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.apk").path, withDestinationPath: root.appendingPathComponent("z.apk").path)
        try fm.createDirectory(at: root.appendingPathComponent("dir.apk"), withIntermediateDirectories: true)
        let found = try BatchDiscovery.packages(in: root.path).map { String($0.dropFirst(root.path.count + 1)) }
        XCTAssertEqual(found, ["a.XAPK", "b/c/m.wxapkg", "b/x.apks", "link.apk", "z.apk"])
        // A single file is taken as it is, whatever its name; a missing input is an error.
        XCTAssertEqual(try BatchDiscovery.packages(in: root.appendingPathComponent("notes.txt").path).count, 1)
        XCTAssertThrowsError(try BatchDiscovery.packages(in: root.appendingPathComponent("nope").path)) { e in
            XCTAssertEqual((e as? BatchError)?.code, "batch.input-missing")
        }
        let items = try BatchDiscovery.items(inputs: [root.appendingPathComponent("b").path, root.appendingPathComponent("z.apk").path], lists: [])
        XCTAssertEqual(items.map(\.index), [0, 1, 2])
        XCTAssertTrue(items[2].path.hasSuffix("/z.apk"))
    }
}
