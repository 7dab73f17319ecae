import Foundation
import XCTest
@testable import MingchaKit

final class AtomicFileTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    func testWritesAndReplacesLeavingNoHiddenFile() throws {
        let target = dir.appendingPathComponent("report.json")
        try AtomicFile.write("{\"a\":1}\n", to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "{\"a\":1}\n")
        // A shorter second text replaces the file whole: no tail of the first is left.
        try AtomicFile.write("{}", to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "{}")
        try AtomicFile.write(Data(), to: dir.appendingPathComponent("empty"))
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("empty")).count, 0)
        XCTAssertEqual(try names(), ["empty", "report.json"])
    }

    func testLargeContentIsWrittenWhole() throws {
        let bytes = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let target = dir.appendingPathComponent("big.bin")
        try AtomicFile.write(bytes, to: target)
        XCTAssertEqual(try Data(contentsOf: target), bytes)
    }

    func testMissingFolderNamesTheFileAndTheReason() throws {
        let target = dir.appendingPathComponent("no-such-folder/report.json")
        XCTAssertThrowsError(try AtomicFile.write("x", to: target)) { error in
            guard let e = error as? AtomicFile.WriteError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.code, "output.write")
            XCTAssertEqual(e.description, "cannot write \(target.path): No such file or directory")
        }
    }

    func testTargetThatIsAFolderIsRefusedAndTheHiddenFileRemoved() throws {
        let target = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write("x", to: target)) { error in
            XCTAssertTrue("\(error)".hasPrefix("cannot write \(target.path): "), "\(error)")
        }
        XCTAssertEqual(try names(), ["taken"])
    }
}
