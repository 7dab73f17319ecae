import Foundation
import XCTest
@testable import MingchaKit

/// The index builder finds references by instruction size alone and falls back to the full
/// decoder on malformed code. Both walks must give the same index: same edges in the same order,
/// same interned names, same problems, on real code and on code with bytes overwritten.
final class DexScanEquivalenceTests: XCTestCase {
    func index(_ files: [DexFile], decodeAll: Bool) -> DexIndex {
        var b = DexIndexBuilder(limits: ScanLimits())
        b.decodeEveryInstruction = decodeAll
        for f in files { b.add(f) }
        return b.finish()
    }

    func assertSame(_ files: [DexFile], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let fast = index(files, decodeAll: false), full = index(files, decodeAll: true)
        for (name, a, b) in [("calls", fast.calls, full.calls), ("strings", fast.constStrings, full.constStrings),
                             ("fields", fast.fieldAccesses, full.fieldAccesses), ("types", fast.typeRefs, full.typeRefs),
                             ("resource ids", fast.resourceLiterals, full.resourceLiterals)] {
            XCTAssertTrue(a.from == b.from && a.to == b.to && a.op == b.op, "\(label): \(name) differ (\(a.count) vs \(b.count))",
                          file: file, line: line)
        }
        XCTAssertEqual(fast.names.strings, full.names.strings, "\(label): interned names", file: file, line: line)
        XCTAssertEqual(fast.problems, full.problems, "\(label): problems", file: file, line: line)
    }

    func testFixturesIndexTheSame() throws {
        let files = try ["classes.dex", "classes2.dex", "packed.dex"].map(DexFixtureTests.load)
        XCTAssertGreaterThan(index(files, decodeAll: false).calls.count, 10)
        assertSame(files, "fixtures")
    }

    /// Overwrites bytes inside the method bodies (opcodes, sizes, indices, payload headers): the
    /// fast walk must bail out exactly where the decoder throws and record what it records.
    func testDamagedCodeIndexesTheSame() throws {
        let clean = try DexHostileTests.fixtureBytes()
        let dex = try DexFile.parse(clean, name: "classes.dex")
        var spans: [Range<Int>] = []
        for c in dex.classDefs {
            for m in c.directMethods + c.virtualMethods where m.codeOff != 0 {
                let code = try dex.codeItem(at: m.codeOff)
                spans.append(code.insnsOff..<(code.insnsOff + 2 * code.insnsSize))
            }
        }
        XCTAssertFalse(spans.isEmpty)
        var damaged = 0
        for span in spans {
            for at in span {
                for v: UInt8 in [0x00, 0x01, 0x03, 0x1b, 0x6e, 0xfa, 0xff] where clean[at] != v {
                    var b = clean
                    b[at] = v
                    guard let d = try? DexFile.parse(b, name: "classes.dex") else { continue }
                    let full = index([d], decodeAll: true)
                    if full.isPartial { damaged += 1 }
                    assertSame([d], "byte \(at) = \(v)")
                }
            }
        }
        // The damage must actually reach the fallback, or the test proves nothing about it.
        XCTAssertGreaterThan(damaged, 50)
    }

    /// The real corpus, when present (see DexCorpusTests): standalone DEX files.
    func testCorpusDexIndexesTheSame() throws {
        guard let corpus = DexCorpusTests.corpus else { throw XCTSkip("no corpus") }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-scan-eq-\(getpid())")
        defer { try? FileManager.default.removeItem(at: tmp) }
        for (label, url) in try DexCorpusTests.dexFiles(in: corpus, tmp: tmp, apks: false) {
            guard let d = try? DexFile.parse([UInt8](Data(contentsOf: url)), name: label) else { continue }
            assertSame([d], label)
        }
    }
}
