import Foundation
import XCTest
@testable import MingchaKit

/// Inputs libFuzzer found (Fuzz/, scripts/fuzz.sh), kept as they were found: each must now give a
/// typed answer quickly.
final class FuzzRegressionTests: XCTestCase {
    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: MingchaPaths.testFixtures.appendingPathComponent("malformed/\(name)")))
    }

    /// FuzzAXML, timeout: 168 bytes whose element declares 65 535 attributes of size 0. Android reads
    /// the same 20 bytes for each; the parser did too, 65 535 decodes per element (over 10 s under
    /// ASan). Attributes decoded per document are now bounded by the file's size.
    func testAttributeStrideZeroIsBounded() throws {
        let input = try bytes("fuzz-axml-attribute-stride0.bin")
        XCTAssertEqual(input.count, 168)
        let t0 = Date()
        XCTAssertEqual(ArchiveCode.of { _ = try AXML.parse(input) }, "axml.too-many")
        XCTAssertLessThan(Date().timeIntervalSince(t0), 1.0)
    }

    /// The bound leaves real files alone: every fixture manifest and layout still parses.
    func testAttributeBoundKeepsRealFiles() throws {
        for apk in ["android/new.apk", "android/old.apk", "archive/signed-v1v2v3.apk"] {
            let zip = try ZipArchive(path: MingchaPaths.testFixtures.appendingPathComponent(apk).path,
                                     limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
            for e in zip.entries where e.name == "AndroidManifest.xml" || (e.name.hasPrefix("res/") && e.name.hasSuffix(".xml")) {
                XCTAssertNoThrow(try AXML.parse(try zip.read(e)), "\(apk)!/\(e.name)")
            }
        }
    }
}
