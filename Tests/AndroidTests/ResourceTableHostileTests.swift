import Foundation
import XCTest
@testable import MingchaKit

/// Damaged resources.arsc (patched from the aapt-built fixture): a typed error or a usable table
/// whose lookups never trap or loop.
final class ResourceTableHostileTests: XCTestCase {
    static func original() throws -> [UInt8] {
        try XCTUnwrap(AXMLSupport.entry(AXMLSupport.fixture("new.apk"), "resources.arsc"))
    }

    /// Parse and use every lookup; parsing may only fail with a MingchaError.
    @discardableResult
    static func exercise(_ b: [UInt8], limits: ScanLimits = ScanLimits(), file: StaticString = #filePath, line: UInt = #line) -> ResourceTable? {
        do {
            let t = try ResourceTable.parse(b, limits: limits)
            for (id, _) in t.allEntries() {
                _ = t.resolve(id, locale: "zh-CN")
                _ = t.name(of: id)
            }
            _ = t.allStrings()
            _ = t.files(type: "layout")
            _ = t.id(of: "string/app_name")
            return t
        } catch {
            XCTAssertTrue(error is MingchaError, "untyped error \(error)", file: file, line: line)
            return nil
        }
    }

    static func find(_ b: [UInt8], _ pattern: [UInt8]) -> [Int] {
        guard b.count >= pattern.count else { return [] }
        return (0...(b.count - pattern.count)).filter { Array(b[$0..<($0 + pattern.count)]) == pattern }
    }

    func testEveryTruncation() throws {
        let b = try Self.original()
        var parsed = 0
        for n in 0..<b.count where Self.exercise(Array(b[0..<n])) != nil { parsed += 1 }
        XCTAssertEqual(parsed, 0) // the table header declares the full size: any cut is refused
        XCTAssertNotNil(Self.exercise(b))
    }

    func testReferenceLoopEnds() throws {
        var b = try Self.original()
        // alias_name is a reference (type 0x01) to app_name 0x7f040000; point it at itself.
        let at = Self.find(b, [0x08, 0x00, 0x00, 0x01, 0x00, 0x00, 0x04, 0x7f])
        XCTAssertEqual(at.count, 1)
        b[at[0] + 4] = 0x04
        let t = try ResourceTable.parse(b)
        XCTAssertNil(t.resolve(0x7f04_0004))
        XCTAssertEqual(t.string(0x7f04_0000), "Mingcha Fixture")
    }

    func testLyingCountsAndLimits() throws {
        let b = try Self.original()
        // The global string pool starts right after the 12-byte table header.
        var lie = b
        BinaryXMLHostileTests.put32(&lie, 12 + 8, 0x7fff_ffff)
        let t = try XCTUnwrap(Self.exercise(lie))
        XCTAssertEqual(t.string(0x7f04_0000, locale: "zh-CN"), "明察样例")
        XCTAssertTrue(t.anomalies.contains { $0.contains("2147483647") })
        var limits = ScanLimits()
        limits.maxStrings = 3
        XCTAssertThrowsError(try ResourceTable.parse(b, limits: limits)) { XCTAssertEqual(($0 as? AXMLError)?.code, "axml.too-many") }
        // A type chunk whose entry count cannot fit is skipped, the rest of the table stays usable.
        var typeLie = b
        var p = Self.find(b, [0x01, 0x02, 0x4c, 0x00]).first ?? -1 // RES_TABLE_TYPE_TYPE, header 0x4c
        if p < 0 { p = Self.find(b, [0x01, 0x02]).first ?? -1 }
        XCTAssertGreaterThan(p, 0)
        BinaryXMLHostileTests.put32(&typeLie, p + 12, 0x00ff_ffff)
        let t2 = try XCTUnwrap(Self.exercise(typeLie))
        XCTAssertTrue(t2.anomalies.contains { $0.contains("does not fit") })
        XCTAssertLessThan(t2.allEntries().count, try ResourceTable.parse(b).allEntries().count)
    }

    func testSeededRandomDamage() throws {
        let b = try Self.original()
        var rng = SplitMix(seed: 0x61727363)
        var usable = 0
        for _ in 0..<2000 {
            var d = b
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                d[Int(rng.next() % UInt64(d.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            if Self.exercise(d) != nil { usable += 1 }
        }
        XCTAssertGreaterThan(usable, 0)
    }

    func testNotATable() {
        XCTAssertThrowsError(try ResourceTable.parse(Array("hello world, not a table".utf8))) { e in
            XCTAssertTrue(e is MingchaError)
        }
        XCTAssertThrowsError(try ResourceTable.parse([]))
    }
}
