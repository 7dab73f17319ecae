import Foundation
import XCTest
@testable import MingchaKit

/// DEX fixtures assembled by smali from `Tests/Fixtures/dex/src` (see build.sh), checked against
/// the committed `dexdump -d` disassembly and against what the smali sources say.
final class DexFixtureTests: XCTestCase {
    static let dir = MingchaPaths.testFixtures.appendingPathComponent("dex")

    static func load(_ name: String) throws -> DexFile {
        let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
        return try DexFile.parse(bytes, name: name, limits: ScanLimits())
    }

    static func index() throws -> DexIndex {
        try DexIndex.build([load("classes.dex"), load("classes2.dex")])
    }

    func testHeaderAndTablesMatchDexdump() throws {
        let dex = try Self.load("classes.dex")
        XCTAssertEqual(dex.header.version, "039")
        XCTAssertEqual(dex.stringCount, 70)
        XCTAssertEqual(dex.typeCount, 26)
        XCTAssertEqual(dex.protoCount, 17)
        XCTAssertEqual(dex.fieldCount, 5)
        XCTAssertEqual(dex.methodCount, 33)
        XCTAssertFalse(dex.isPartial)
        XCTAssertEqual(dex.callSiteIds.count, 1)
        XCTAssertEqual(dex.methodHandles.count, 2)
        let text = try String(contentsOf: Self.dir.appendingPathComponent("classes.dexdump.txt"), encoding: .isoLatin1)
        let ref = DexDumpReference(text: text)
        let ours = try dex.classDefs.map { try dex.typeDescriptor($0.classIdx) }
        XCTAssertEqual(ours, ref.classes)
    }

    /// Every instruction of every method, at the same pc with the same mnemonic as dexdump: the
    /// decoder's sizes for all formats and payloads are exact.
    func testEveryInstructionMatchesDexdump() throws {
        for (file, dump) in [("classes.dex", "classes.dexdump.txt"), ("classes2.dex", "classes2.dexdump.txt")] {
            let dex = try Self.load(file)
            let ref = DexDumpReference(text: try String(contentsOf: Self.dir.appendingPathComponent(dump), encoding: .isoLatin1))
            var compared = 0
            for c in dex.classDefs {
                for m in c.directMethods + c.virtualMethods where m.codeOff != 0 {
                    let key = DexDumpNames.key(try dex.methodRef(m.methodIdx))
                    guard let expected = ref.methods[key] else { XCTFail("dexdump lacks \(key)"); continue }
                    var cur = dex.instructions(of: try dex.codeItem(at: m.codeOff), methodIdx: m.methodIdx)
                    var pcs: [Int] = [], names: [String] = []
                    while let ins = try cur.next() { pcs.append(ins.pc); names.append(DexDumpNames.mnemonic(ins)) }
                    XCTAssertEqual(pcs, expected.pcs, key)
                    XCTAssertEqual(names, expected.mnemonics, key)
                    compared += 1
                }
            }
            XCTAssertEqual(compared, ref.methods.count, file)
        }
    }

    func testEveryStandardFormatIsCovered() throws {
        let dex = try Self.load("classes.dex")
        var formats = Set<DexFormat>(), payloads = Set<String>()
        for c in dex.classDefs {
            for m in c.directMethods + c.virtualMethods where m.codeOff != 0 {
                var cur = dex.instructions(of: try dex.codeItem(at: m.codeOff))
                while let ins = try cur.next() {
                    if ins.isPayload { payloads.insert(DexDumpNames.mnemonic(ins)) } else { formats.insert(ins.format) }
                }
            }
        }
        // Only Dalvik's odex formats (20bc 22cs 35ms 35mi 3rms 3rmi) are absent: smali refuses them.
        let odexOnly: Set<DexFormat> = [.f20bc, .f22cs, .f35ms, .f35mi, .f3rms, .f3rmi]
        XCTAssertEqual(formats, Set(DexFormat.allCases).subtracting(odexOnly))
        XCTAssertEqual(payloads, ["packed-switch-data", "sparse-switch-data", "array-data"])
    }

    func testOperandsDecodeAsWritten() throws {
        let dex = try Self.load("classes.dex")
        func decoded(_ name: String) throws -> [DexInstruction] {
            for c in dex.classDefs {
                for m in c.directMethods + c.virtualMethods where m.codeOff != 0 {
                    guard try dex.methodRef(m.methodIdx).name == name else { continue }
                    var cur = dex.instructions(of: try dex.codeItem(at: m.codeOff))
                    var out: [DexInstruction] = []
                    while let i = try cur.next() { out.append(i) }
                    return out
                }
            }
            XCTFail("no method \(name)"); return []
        }
        let moves = try decoded("moves")
        func first(_ list: [DexInstruction], _ op: UInt8) -> DexInstruction? { list.first { $0.opcode == op && !$0.isPayload } }
        XCTAssertEqual(first(moves, 0x03)?.vA, 270); XCTAssertEqual(first(moves, 0x03)?.vB, 271)
        XCTAssertEqual(first(moves, 0x02)?.vB, 260)
        XCTAssertEqual(first(moves, 0x12)?.literal, -3)
        XCTAssertEqual(first(moves, 0x13)?.literal, -1000)
        XCTAssertEqual(first(moves, 0x14)?.literal, 0x12345678)
        XCTAssertEqual(first(moves, 0x15)?.literal, 0x7f010000)
        XCTAssertEqual(first(moves, 0x16)?.literal, -2)
        XCTAssertEqual(first(moves, 0x17)?.literal, 0x10000000)
        XCTAssertEqual(first(moves, 0x18)?.literal, 0x123456789abcdef0)
        XCTAssertEqual(first(moves, 0x19)?.literal, 0x4010000000000000)

        let objects = try decoded("objects")
        XCTAssertEqual(try first(objects, 0x1a).map { try dex.string($0.index) }, "plain string")
        XCTAssertEqual(try first(objects, 0x1b).map { try dex.string($0.index) }, "jumbo string")
        XCTAssertEqual(first(objects, 0x24)?.registers, [5, 5, 5])
        XCTAssertEqual(first(objects, 0x25)?.registers, [1, 2, 3, 4, 5])
        let fill = try XCTUnwrap(first(objects, 0x26))
        let payload = try XCTUnwrap(objects.first { $0.pc == fill.pc + Int(fill.branch) })
        XCTAssertEqual(payload.payload, .fillArrayData(elementWidth: 4, count: 3))

        let control = try decoded("control")
        let packed = try XCTUnwrap(first(control, 0x2b)), sparse = try XCTUnwrap(first(control, 0x2c))
        XCTAssertEqual(control.first { $0.pc == packed.pc + Int(packed.branch) }?.payload, .packedSwitch(count: 2))
        XCTAssertEqual(control.first { $0.pc == sparse.pc + Int(sparse.branch) }?.payload, .sparseSwitch(count: 3))
        XCTAssertEqual(first(control, 0xd2)?.literal, 1000)      // mul-int/lit16
        XCTAssertEqual(first(control, 0xd1)?.literal, -7)        // rsub-int
        XCTAssertEqual(first(control, 0xe0)?.literal, 2)         // shl-int/lit8
        XCTAssertEqual(first(control, 0x38)?.branch, 5)          // if-eqz to :a, past if-ne and goto
        XCTAssertEqual(first(control, 0x29)?.branch, 2)          // goto/16 to :b

        let invokes = try decoded("invokes")
        XCTAssertEqual(first(invokes, 0x77)?.registers, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(try first(invokes, 0x77).map { try dex.methodRef($0.index).smali },
                       "Lcom/mingcha/fx/Formats;->six(IIIIII)V")

        let modern = try decoded("modern")
        let poly = try XCTUnwrap(first(modern, 0xfa))
        XCTAssertEqual(poly.registers, [9, 0, 1])
        XCTAssertEqual(try dex.protoDescriptor(poly.index2), "(II)V")
        XCTAssertEqual(try first(modern, 0xfb).map { try dex.protoDescriptor($0.index2) }, "()V")
        XCTAssertEqual(try first(modern, 0xff).map { try dex.protoDescriptor($0.index) }, "(II)I")
        XCTAssertEqual(first(modern, 0xfc)?.indexKind, .callSite)
        XCTAssertEqual(first(modern, 0xfe)?.indexKind, .methodHandle)
    }
}
