import Foundation
import XCTest
@testable import MingchaKit

/// Synthetic DEX files: many invokes stay exact, and hostile sharing cannot multiply the work.
final class DexScaleTests: XCTestCase {
    /// `invoke-static {}, method@k` (35c with no arguments).
    static func invokeStatic(_ k: Int) -> [UInt16] { [0x0071, UInt16(k), 0] }

    func testHundredsOfThousandsOfInvokes() throws {
        let env = ProcessInfo.processInfo.environment
        let n = Int(env["MINGCHA_DEX_SCALE"] ?? "") ?? 400         // methods; each makes 500 calls
        let synth = DexSynth.oneClass(methods: n) { i in
            (0..<500).flatMap { j in Self.invokeStatic((i + j) % n) } + [0x000e]
        }
        let bytes = synth.build()
        if let out = env["MINGCHA_DEX_SYNTH_OUT"] { try Data(bytes).write(to: URL(fileURLWithPath: out)) }
        let start = Date()
        let index = try DexIndex.build([try DexFile.parse(bytes, name: "classes.dex")])
        print("synthetic DEX: \(bytes.count) bytes, \(index.calls.count) invokes indexed in "
              + String(format: "%.2f", Date().timeIntervalSince(start)) + " s")
        XCTAssertFalse(index.isPartial, "\(index.problems.prefix(2))")
        XCTAssertEqual(index.calls.count, n * 500)
        let m0 = MethodRef(className: "A", name: "m0", proto: "()V")
        // Method i calls m((i + j) % n) for j < 500: every method is called exactly 500 times.
        XCTAssertEqual(index.callSites(toMethodId: try XCTUnwrap(index.methodId(m0))).count, 500)
        XCTAssertEqual(index.callers(of: m0).count, min(n, 500))
        XCTAssertEqual(index.callees(of: m0).count, min(n, 500))
    }

    /// More than 65 536 strings: const-string/jumbo's 32-bit index reaches past the 16-bit range,
    /// and dexdump agrees on the decoding.
    func testJumboStringIndex() throws {
        var s = DexSynth.oneClass(methods: 1)
        let extra = (0..<70_000).map { String(format: "s%06d", $0) }
        s.strings += extra
        let last = UInt32(s.strings.count - 1)
        s.codes = [[0x001b, UInt16(last & 0xffff), UInt16(last >> 16), 0x101a, 0x0005, 0x000e]]  // jumbo, const-string v1
        let bytes = s.build()
        let index = try DexIndex.build([try DexFile.parse(bytes, name: "classes.dex")])
        XCTAssertEqual(index.strings(in: MethodRef(className: "A", name: "m0", proto: "()V")), ["s069999", "s000001"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-jumbo-\(getpid()).dex")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // The synthetic file has no checksum or map list, so dexdump runs with checks off (-i -j).
        if let text = DexDumpReference.run(["-d", "-i", "-j"], file: file.path) {
            XCTAssertTrue(text.contains("const-string/jumbo v0, \"s069999\" // string@00011173"), "dexdump decodes the same string")
        }
    }

    /// 20 000 methods sharing one 30 000-unit code item would be 6e8 units to walk; the budget stops it.
    func testSharedCodeIsBounded() throws {
        let code = [UInt16](repeating: 0, count: 30_000) + [0x000e]
        let bytes = DexSynth.oneClass(methods: 20_000, sharedCode: code).build()
        let start = Date()
        let index = try DexIndex.build([try DexFile.parse(bytes, name: "classes.dex")])
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        XCTAssertTrue(index.isPartial)
        XCTAssertEqual(Set(index.problems.map(\.code)), ["dex.too-large"])
        XCTAssertGreaterThan(index.problems.count, 19_000)
        XCTAssertEqual(index.classes.first?.methods.count, 20_000)
    }

    /// Thousands of classes pointing at one class_data item: read once, the rest flagged.
    func testSharedClassDataIsRefused() throws {
        var s = DexSynth.oneClass(methods: 1000)
        s.strings += (0..<3000).map { "LC\($0);" }
        let base = UInt32(s.strings.count - 3000)
        s.types += (0..<3000).map { base + UInt32($0) }
        s.classes += (0..<3000).map { DexSynth.ClassDef(type: UInt32(3 + $0), superType: 1, data: 0) }
        let dex = try DexFile.parse(s.build(), name: "classes.dex")
        XCTAssertEqual(dex.classDefs.count, 3001)
        XCTAssertEqual(dex.problems.count, 3000)
        XCTAssertEqual(Set(dex.problems.map(\.code)), ["dex.malformed"])
        XCTAssertEqual(dex.classDefs.filter(\.dataComplete).count, 1)
    }

    func testTooManyParameters() throws {
        var s = DexSynth.oneClass(methods: 1)
        s.protos.append((shorty: 2, ret: 2, params: [UInt16](repeating: 1, count: 256)))
        XCTAssertThrowsError(try DexFile.parse(s.build(), name: "x")) { e in
            XCTAssertEqual((e as? DexError)?.code, "dex.too-large")
        }
        s.protos[1].params = [UInt16](repeating: 1, count: 255)
        XCTAssertNoThrow(try DexFile.parse(s.build(), name: "x"))
    }

    /// A string whose declared length is far shorter than its bytes: refused, not scanned to the end.
    func testLyingStringLength() throws {
        var s = DexSynth.oneClass(methods: 1)
        s.strings[3] = String(repeating: "x", count: 40)
        var bytes = s.build()
        let dex = try DexFile.parse(bytes, name: "x")
        XCTAssertEqual(try dex.string(3).count, 40)
        let off = Int(dex.u32(dex.header.stringIds.offset + 12))
        bytes[off] = 2                                            // claims 2 UTF-16 units
        let lying = try DexFile.parse(bytes, name: "x")
        XCTAssertThrowsError(try lying.string(3)) { XCTAssertEqual(($0 as? DexError)?.code, "dex.malformed") }
        let index = try DexIndex.build([lying])
        XCTAssertEqual(index.problems.map(\.code), ["dex.malformed"])
    }
}
