import Foundation
import XCTest
@testable import MingchaKit

/// One test per `ScanLimits` bound: lowered below what a real fixture needs, the bound is
/// enforced with its own typed code, through the scanner where the scanner reads that part.
final class ScanLimitsTests: XCTestCase {
    let apk = MingchaPaths.testFixtures.appendingPathComponent("android/new.apk").path
    let dex = MingchaPaths.testFixtures.appendingPathComponent("dex/classes.dex")

    func scan(_ path: String, _ change: (inout ScanLimits) -> Void) -> ScanReport {
        var options = ScanOptions()
        change(&options.limits)
        return Scanner.scan(path: path, options: options)
    }

    func assertRefused(_ r: ScanReport, _ code: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, .error, "\(r.problems)", file: file, line: line)
        XCTAssertEqual(r.problems.first?.code, code, "\(r.problems)", file: file, line: line)
        XCTAssertNil(r.facts, file: file, line: line)
    }

    /// The fixture scans cleanly with the defaults, so the refusals below come from the lowered bound.
    func testDefaultsAcceptTheFixture() {
        let r = Scanner.scan(path: apk)
        XCTAssertNotEqual(r.status, .error, "\(r.problems)")
        XCTAssertFalse(r.problems.contains { $0.code.hasPrefix("zip.") || $0.code == "scan.timeout" }, "\(r.problems)")
    }

    func testMaxEntries() {
        assertRefused(scan(apk) { $0.maxEntries = 3 }, "zip.too-many-entries")   // the APK has 4
        XCTAssertNotEqual(scan(apk) { $0.maxEntries = 4 }.status, .error)
    }

    func testMaxEntryBytes() {
        assertRefused(scan(apk) { $0.maxEntryBytes = 6_711 }, "zip.entry-too-large")   // manifest: 6 712 bytes
    }

    func testMaxTotalBytes() {
        // Enough for the manifest alone, not for the manifest and resources.arsc: the table is
        // optional, so the scan goes on without it.
        let r = scan(apk) { $0.maxTotalBytes = 6_712 }
        XCTAssertNotEqual(r.status, .error, "\(r.problems)")
        let budget = InflateBudget(limits: { var l = ScanLimits(); l.maxTotalBytes = 6_712; return l }())
        let zip = try? ZipArchive(path: apk, limits: ScanLimits(), budget: budget)
        XCTAssertNotNil(try? zip?.read("AndroidManifest.xml"))
        XCTAssertEqual(ArchiveCode.of { _ = try zip?.read("resources.arsc") }, "zip.total-too-large")
        assertRefused(scan(apk) { $0.maxTotalBytes = 6_711 }, "zip.total-too-large")
    }

    func testCompressionRatio() {
        // The manifest deflates 6 712 -> 2 041 bytes (ratio 3): a ratio limit of 2 above a 1 KiB floor refuses it.
        assertRefused(scan(apk) { $0.maxCompressionRatio = 2; $0.ratioFloorBytes = 1_024 }, "zip.bomb")
        XCTAssertNotEqual(scan(apk) { $0.maxCompressionRatio = 4; $0.ratioFloorBytes = 1_024 }.status, .error)
    }

    func testMaxNesting() {
        let bundle = MingchaPaths.testFixtures.appendingPathComponent("archive/bundle.apks").path
        assertRefused(scan(bundle) { $0.maxNesting = 1 }, "zip.nesting-too-deep")
    }

    func testMaxStrings() throws {
        assertRefused(scan(apk) { $0.maxStrings = 5 }, "axml.too-many")
        var l = ScanLimits()
        l.maxStrings = 5
        XCTAssertEqual(ArchiveCode.of { _ = try DexFile.parse(Array(try Data(contentsOf: self.dex)), name: "classes.dex", limits: l) },
                       "dex.too-large")
    }

    func testMaxDexCount() throws {
        let bytes = Array(try Data(contentsOf: dex))
        var l = ScanLimits()
        l.maxDexCount = 1
        XCTAssertEqual(ArchiveCode.of { _ = try DexIndex.build(named: [("classes.dex", bytes), ("classes2.dex", bytes)], limits: l) },
                       "dex.too-large")
        l.maxDexCount = 2
        XCTAssertNil(ArchiveCode.of { _ = try DexIndex.build(named: [("classes.dex", bytes), ("classes2.dex", bytes)], limits: l) })
    }

    func testMaxDexItems() throws {
        let bytes = Array(try Data(contentsOf: dex))
        let d = try DexFile.parse(bytes, name: "classes.dex")
        var l = ScanLimits()
        l.maxDexItems = d.methodCount - 1
        XCTAssertEqual(ArchiveCode.of { _ = try DexFile.parse(bytes, name: "classes.dex", limits: l) }, "dex.too-large")
    }

    func testMaxCallEdges() throws {
        let d = try DexFile.parse(Array(try Data(contentsOf: dex)), name: "classes.dex")
        let full = try DexIndex.build([d])
        XCTAssertGreaterThan(full.calls.count, 5)
        var l = ScanLimits()
        l.maxCallEdges = 5
        let cut = try DexIndex.build([d], limits: l)
        XCTAssertEqual(cut.calls.count, 5)
        XCTAssertTrue(cut.isPartial)
        XCTAssertTrue(cut.problems.contains { $0.code == "dex.too-large" }, "\(cut.problems)")
    }

    // MARK: - Time

    func testDeadlineBasics() {
        XCTAssertTrue(ScanDeadline(seconds: 0).expired)
        XCTAssertFalse(ScanDeadline(seconds: 60).expired)
        XCTAssertFalse(ScanDeadline.unlimited.expired)
        XCTAssertFalse(ScanDeadline.current.expired, "outside a scan there is no deadline")
        XCTAssertEqual(ArchiveCode.of { try ScanDeadline(seconds: 0).check() }, "scan.timeout")
        // Installed for the body only.
        ScanDeadline.run(seconds: 0) { XCTAssertTrue(ScanDeadline.current.expired) }
        XCTAssertFalse(ScanDeadline.current.expired)
        let soon = ScanDeadline(seconds: 0.05)
        XCTAssertFalse(soon.expired)
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertTrue(soon.expired)
    }

    func testTimeoutStopsTheScan() {
        let r = scan(apk) { $0.timeoutSeconds = 0 }
        assertRefused(r, "scan.timeout")
        XCTAssertTrue(r.problems.first?.message.contains("limit") ?? false)
    }

    /// The DEX index stops at the deadline and says so; the call-graph search stops and is marked truncated.
    func testTimeoutStopsIndexAndSearch() throws {
        let d = try DexFile.parse(Array(try Data(contentsOf: dex)), name: "classes.dex")
        let full = try DexIndex.build([d])
        XCTAssertFalse(full.classes.isEmpty)
        XCTAssertFalse(full.problems.contains { $0.code == "scan.timeout" })
        let cut = try ScanDeadline.run(seconds: 0) { try DexIndex.build([d, d]) }
        XCTAssertTrue(cut.classes.isEmpty)
        XCTAssertEqual(cut.problems.filter { $0.code == "scan.timeout" }.count, 1, "\(cut.problems)")

        let graph = CallGraph(dex: full)
        let entries = (0..<Int32(full.methodCount)).filter { !full.calleeIds(of: $0).isEmpty }
        XCTAssertFalse(entries.isEmpty)
        let open = Reachability(graph: graph, entries: entries, maxDepth: 12, maxNodes: 1_000_000)
        XCTAssertFalse(open.truncated)
        let stopped = ScanDeadline.run(seconds: 0) { Reachability(graph: graph, entries: entries, maxDepth: 12, maxNodes: 1_000_000) }
        XCTAssertTrue(stopped.truncated)
        XCTAssertEqual(stopped.order.count, Set(entries).count, "only the entries are visited")
    }

    func testTimeoutReadsNoEntry() throws {
        let zip = try ZipArchive(path: apk, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
        ScanDeadline.run(seconds: 0) {
            XCTAssertEqual(ArchiveCode.of { _ = try zip.read("AndroidManifest.xml") }, "scan.timeout")
        }
        XCTAssertNotNil(try zip.read("AndroidManifest.xml"))
    }
}

/// The `code` of what `body` throws; nil when it does not throw.
enum ArchiveCode {
    static func of(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as MingchaError { return e.code } catch { return "untyped: \(error)" }
    }
}
