import Foundation
import XCTest
@testable import MingchaKit

/// Every simple entry of every corpus resources.arsc, in every configuration, against
/// `aapt dump --values resources`: same IDs, names, types and data (strings compared as text).
final class CrosscheckResourceTests: XCTestCase {
    func testResourceTablesAgreeWithAapt() throws {
        guard AXMLSupport.aaptInstalled, let apks = AXMLSupport.corpusAPKs, !apks.isEmpty else { return }
        let started = Date()
        var compared = 0, agreeing = 0, entries = 0
        var ourTime = 0.0, parseAndStrings = 0.0, stringCount = 0
        for apk in apks {
            let name = (apk as NSString).lastPathComponent
            guard let bytes = AXMLSupport.entry(apk, "resources.arsc"),
                  let text = AXMLSupport.aapt(["dump", "--values", "resources", apk]) else { continue }
            // "Package Groups (0)": aapt could not open the archive (e.g. a NUL in an entry name,
            // a DEX prepended to the zip); nothing to compare with.
            let ref = AaptResources.entries(text)
            if text.hasPrefix("Package Groups (0)"), let t = try? ResourceTable.parse(bytes, limits: ScanLimits()), !t.allEntries().isEmpty {
                print("  aapt cannot open \(name)")
                continue
            }
            let t0 = Date()
            let table: ResourceTable
            do {
                table = try ResourceTable.parse(bytes, limits: ScanLimits())
                let strings = table.allStrings().count
                stringCount += strings
                parseAndStrings += Date().timeIntervalSince(t0)
            } catch {
                XCTFail("\(name): aapt reads the table, we throw \(error)")
                continue
            }
            let ours = ResourceCrosscheck.ours(table)
            ourTime += Date().timeIntervalSince(t0)
            compared += 1
            entries += ref.count
            if ours == ref {
                agreeing += 1
            } else {
                let a = Set(ours), b = Set(ref)
                XCTFail("\(name): \(ours.count) entries vs aapt \(ref.count); only ours \(a.subtracting(b).sorted().prefix(2)), only aapt \(b.subtracting(a).sorted().prefix(2))")
            }
        }
        print("resource crosscheck: \(compared) tables, \(agreeing) agree fully, \(entries) entries, ours \(String(format: "%.1f", ourTime)) s (parse + allStrings: \(String(format: "%.2f", parseAndStrings)) s for \(stringCount) strings), total \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        XCTAssertGreaterThan(compared, 300)
    }
}
