import Foundation
import XCTest
@testable import MingchaKit

/// Layout files of the corpus against `aapt dump xmltree`: every layout of every APK is parsed
/// and resolved by us (none may fail where the table lists it), and the first `perAPK` layout
/// paths of each APK (sorted; a fixed subset that keeps the run near a minute, since one APK
/// alone has ~900 layouts) are compared element by element with aapt's tree.
final class CrosscheckLayoutTests: XCTestCase {
    static let perAPK = 40

    func testLayoutsAgreeWithAapt() throws {
        guard AXMLSupport.aaptInstalled, let apks = AXMLSupport.corpusAPKs, !apks.isEmpty else { return }
        let started = Date()
        var parsed = 0, compared = 0, agreeing = 0
        var failures: [String] = []
        for apk in apks {
            let name = (apk as NSString).lastPathComponent
            guard let arsc = AXMLSupport.entry(apk, "resources.arsc"),
                  let table = try? ResourceTable.parse(arsc, limits: ScanLimits()) else { continue }
            let loaded = Layouts.load(table: table) { AXMLSupport.entry(apk, $0) }
            parsed += loaded.layouts.count
            failures += loaded.failures.map { "\(name) \($0.path): \($0.error)" }
            for path in table.files(type: "layout").filter({ $0.hasSuffix(".xml") }).prefix(Self.perAPK) {
                guard let bytes = AXMLSupport.entry(apk, path),
                      let text = AXMLSupport.aapt(["dump", "xmltree", apk, path]),
                      let ref = AaptXMLTree.parse(text) else { continue }
                compared += 1
                do {
                    let root = try XCTUnwrap(try AXML.parse(bytes, limits: ScanLimits()).root)
                    let d = AaptXMLTree.diff(root, ref, max: 3)
                    if d.isEmpty { agreeing += 1 } else { XCTFail("\(name) \(path): \(d)") }
                } catch {
                    XCTFail("\(name) \(path): aapt reads it, we throw \(error)")
                }
            }
        }
        print("layout crosscheck: \(parsed) layouts parsed and resolved, \(failures.count) failed; \(compared) compared with aapt, \(agreeing) agree; \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        for f in failures.prefix(10) { print("  failed: \(f)") }
        XCTAssertEqual(failures, [])
        XCTAssertGreaterThan(compared, 100)
    }
}
