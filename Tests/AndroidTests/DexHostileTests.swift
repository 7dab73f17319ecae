import Foundation
import XCTest
@testable import MingchaKit

/// Broken and hostile DEX input: every failure is a typed `DexError` or a partial result, never a
/// trap or a hang.
final class DexHostileTests: XCTestCase {
    static func fixtureBytes() throws -> [UInt8] {
        try [UInt8](Data(contentsOf: DexFixtureTests.dir.appendingPathComponent("classes.dex")))
    }

    func code(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as DexError { return e.code } catch { return "untyped: \(error)" }
    }

    func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) {
        for i in 0..<4 { b[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
    }
    func put16(_ b: inout [UInt8], _ at: Int, _ v: UInt16) {
        b[at] = UInt8(v & 0xff); b[at + 1] = UInt8(v >> 8)
    }

    func testMagic() throws {
        XCTAssertEqual(code { _ = try DexFile.parse([], name: "x") }, "dex.bad-magic")
        XCTAssertEqual(code { _ = try DexFile.parse(Array("PK\u{3}\u{4}xxxxxxxx".utf8), name: "x") }, "dex.bad-magic")
        var b = try Self.fixtureBytes()
        b[4] = UInt8(ascii: "0"); b[5] = UInt8(ascii: "9"); b[6] = UInt8(ascii: "9")
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.bad-magic")
        b = try Self.fixtureBytes()
        put32(&b, 40, 0x7856_3412)
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.bad-endian")
    }

    /// Every prefix of a real DEX: a typed error, or a result flagged partial.
    func testEveryTruncation() throws {
        let full = try Self.fixtureBytes()
        var codes: [String: Int] = [:]
        for n in 0..<full.count {
            let prefix = Array(full[0..<n])
            do {
                let dex = try DexFile.parse(prefix, name: "cut.dex")
                let idx = try DexIndex.build([dex])
                XCTAssertTrue(dex.isPartial || idx.isPartial, "prefix \(n) read as complete")
                codes["partial", default: 0] += 1
            } catch let e as DexError {
                codes[e.code, default: 0] += 1
            } catch {
                XCTFail("untyped error at prefix \(n): \(error)")
            }
        }
        XCTAssertEqual(codes["dex.bad-magic"], 8)
        XCTAssertGreaterThan(codes["dex.truncated", default: 0], 0)
        XCTAssertGreaterThan(codes["partial", default: 0], 0)
    }

    /// Random byte damage (seeded, so failures reproduce): parse and index never trap.
    func testRandomDamage() throws {
        let full = try Self.fixtureBytes()
        var rng = SplitMix(seed: 0x6d696e67)
        var outcomes: [String: Int] = [:]
        for _ in 0..<3000 {
            var b = full
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let at = 8 + Int(rng.next() % UInt64(full.count - 8))   // keep the magic: damage the rest
                b[at] = UInt8(truncatingIfNeeded: rng.next())
            }
            do {
                let dex = try DexFile.parse(b, name: "fuzz.dex")
                let idx = try DexIndex.build([dex])
                for c in idx.classes.prefix(3) { _ = idx.callees(of: c.methods.first.flatMap { idx.methodRef($0.id) } ?? MethodRef(className: "", name: "", proto: "")) }
                outcomes[dex.isPartial || idx.isPartial ? "partial" : "ok", default: 0] += 1
            } catch let e as DexError {
                outcomes[e.code, default: 0] += 1
            } catch {
                XCTFail("untyped error: \(error)")
            }
        }
        XCTAssertEqual(outcomes.values.reduce(0, +), 3000)
        XCTAssertGreaterThan(outcomes["dex.bad-index", default: 0], 0)
    }

    /// A 041 header that says it sits inside a larger container: read, but flagged partial.
    func testContainerIsFlagged() throws {
        var b = try Self.fixtureBytes()
        b[6] = UInt8(ascii: "1"); b[5] = UInt8(ascii: "4")       // "041"
        put32(&b, 36, 0x78)                                       // header_size of 041
        put32(&b, 0x74, 0x70)                                     // header_offset: not the first DEX
        let dex = try DexFile.parse(b, name: "x")
        XCTAssertEqual(dex.header.version, "041")
        XCTAssertEqual(dex.header.headerOffset, 0x70)
        XCTAssertEqual(dex.problems.map(\.code), ["dex.unsupported"])
        XCTAssertFalse(try Self.parsedClean(Self.fixtureBytes()).isPartial)
    }

    static func parsedClean(_ b: [UInt8]) throws -> DexFile { try DexFile.parse(b, name: "x") }

    func testHugeCounts() throws {
        var b = try Self.fixtureBytes()
        put32(&b, 56, 0x7fff_ffff)                     // string_ids_size
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.too-large")
        b = try Self.fixtureBytes()
        put32(&b, 88, 1_000_000)                       // method_ids_size within limits but beyond the file
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.truncated")
        var small = ScanLimits()
        small.maxStrings = 10
        XCTAssertEqual(code { _ = try DexFile.parse(try Self.fixtureBytes(), name: "x", limits: small) }, "dex.too-large")
        small = ScanLimits()
        small.maxDexCount = 1
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        XCTAssertEqual(code { _ = try DexIndex.build([dex, dex], limits: small) }, "dex.too-large")
        small = ScanLimits()
        small.maxCallEdges = 3
        let idx = try DexIndex.build([dex], limits: small)
        XCTAssertEqual(idx.calls.count, 3)
        XCTAssertEqual(idx.problems.map(\.code), ["dex.too-large"])
    }

    func testIndexOverflow() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        var b = try Self.fixtureBytes()
        put32(&b, dex.header.methodIds.offset + 4, 0xffff_ffff)   // method 0 name_idx
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.bad-index")
        b = try Self.fixtureBytes()
        put32(&b, dex.header.classDefs.offset + 8, 5000)          // superclass of class 0
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.bad-index")
        b = try Self.fixtureBytes()
        put32(&b, dex.header.stringIds.offset, 0x0fff_ffff)       // string 0 data offset
        XCTAssertEqual(code { _ = try DexFile.parse(b, name: "x") }, "dex.bad-offset")
        XCTAssertEqual(code { _ = try dex.string(70) }, "dex.bad-index")
        XCTAssertEqual(code { _ = try dex.methodRef(0xffff) }, "dex.bad-index")
    }

    func testBadLEBInClassDataIsPartial() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        let i = try XCTUnwrap(dex.classDefs.firstIndex { $0.classDataOff != 0 })
        var b = try Self.fixtureBytes()
        for k in 0..<6 { b[Int(dex.classDefs[i].classDataOff) + k] = 0xff }
        let broken = try DexFile.parse(b, name: "x")
        XCTAssertTrue(broken.isPartial)
        XCTAssertEqual(broken.problems.map(\.code), ["dex.malformed"])
        XCTAssertFalse(broken.classDefs[i].dataComplete)
        // The other classes are still read in full.
        XCTAssertEqual(broken.classDefs.filter(\.dataComplete).count, dex.classDefs.count - 1)
        let idx = try DexIndex.build([broken])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.malformed"])
        XCTAssertEqual(idx.classes.count, dex.classDefs.count)
    }

    func testBadCodeIsRecordedPerMethod() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        let app = try XCTUnwrap(dex.classDefs.first { (try? dex.typeDescriptor($0.classIdx)) == "Lcom/mingcha/fx/PrivacyApp;" })
        let onCreate = try XCTUnwrap(app.virtualMethods.first { (try? dex.methodRef($0.methodIdx).name) == "onCreate" })
        let code = try dex.codeItem(at: onCreate.codeOff)
        // First instruction is invoke-super: point it at method 0xffff.
        var b = try Self.fixtureBytes()
        XCTAssertEqual(b[code.insnsOff], 0x6f)
        put16(&b, code.insnsOff + 2, 0xffff)
        var idx = try DexIndex.build([try DexFile.parse(b, name: "x")])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.bad-index"])
        XCTAssertEqual(idx.problems.first?.location, "Lcom/mingcha/fx/PrivacyApp;->onCreate()V")
        XCTAssertEqual(idx.callSites(toClass: "com.mingcha.fx.Formats", method: "six").count, 1)
        // insns_size far beyond the file.
        b = try Self.fixtureBytes()
        put32(&b, code.offset + 12, 0x7fff_ffff)
        idx = try DexIndex.build([try DexFile.parse(b, name: "x")])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.truncated"])
        // An instruction cut off by the end of its code item.
        b = try Self.fixtureBytes()
        put32(&b, code.offset + 12, 1)
        idx = try DexIndex.build([try DexFile.parse(b, name: "x")])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.bad-instruction"])
    }

    func testHugePayloadCount() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        var b = try Self.fixtureBytes()
        // Find the packed-switch payload in `control` and claim 0xffff entries.
        for c in dex.classDefs {
            for m in c.virtualMethods where m.codeOff != 0 {
                let code = try dex.codeItem(at: m.codeOff)
                var cur = dex.instructions(of: code)
                while let ins = try cur.next() {
                    if ins.payload == .packedSwitch(count: 2) { put16(&b, code.insnsOff + 2 * ins.pc + 2, 0xffff) }
                }
            }
        }
        XCTAssertNotEqual(b, try Self.fixtureBytes())
        let idx = try DexIndex.build([try DexFile.parse(b, name: "x")])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.bad-instruction"])
    }

    /// A code item that does not belong to the file is refused, not followed out of bounds.
    func testForeignCodeItem() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        let foreign = DexCodeItem(offset: 0, registersSize: 1, insSize: 0, outsSize: 0, triesSize: 0, debugInfoOff: 0,
                                  insnsSize: 10_000, insnsOff: 3000)
        var cur = dex.instructions(of: foreign)
        XCTAssertEqual(code { _ = try cur.next() }, "dex.truncated")
        let idx = try DexIndex.build([dex])
        XCTAssertNil(idx.callSite(edge: idx.calls.count))
        XCTAssertNil(idx.callSite(edge: -1))
        XCTAssertNotNil(idx.callSite(edge: 0))
        XCTAssertNil(idx.methodRef(-1))
        XCTAssertNil(idx.methodRef(Int32(idx.methodCount)))
    }

    /// Dalvik odex formats (smali will not assemble them): hand-written code units in place of
    /// `moves`' 40 units, decoded with the odex table.
    func testOdexFormats() throws {
        let dex = try DexFile.parse(try Self.fixtureBytes(), name: "x")
        let formats = try XCTUnwrap(dex.classDefs.first { (try? dex.typeDescriptor($0.classIdx)) == "Lcom/mingcha/fx/Formats;" })
        let moves = try XCTUnwrap(formats.virtualMethods.first { (try? dex.methodRef($0.methodIdx).name) == "moves" })
        let code = try dex.codeItem(at: moves.codeOff)
        XCTAssertEqual(code.insnsSize, 40)
        let units: [UInt16] = [0x21f2, 0x0008,            // iget-quick v1, v2, [obj+8]        22cs
                               0x20f8, 0x0010, 0x0021,    // invoke-virtual-quick {v1, v2}, vtable@16  35ms
                               0x03f9, 0x0011, 0x0003,    // invoke-virtual-quick/range {v3..v5}       3rms
                               0x20ee, 0x0003, 0x0021,    // execute-inline {v1, v2}, inline@3          35mi
                               0x02ef, 0x0004, 0x0000,    // execute-inline/range {v0, v1}, inline@4    3rmi
                               0x01ed, 0x0005]            // throw-verification-error 1, ref@5          20bc
            + [UInt16](repeating: 0, count: 24)
        var b = try Self.fixtureBytes()
        for (i, u) in units.enumerated() { put16(&b, code.insnsOff + 2 * i, u) }
        let odex = try DexFile.parse(b, name: "x")
        var cur = odex.instructions(of: code, odex: true)
        var got: [DexInstruction] = []
        while let i = try cur.next() { got.append(i) }
        XCTAssertEqual(got.prefix(6).map(\.format), [.f22cs, .f35ms, .f3rms, .f35mi, .f3rmi, .f20bc])
        XCTAssertEqual(got.prefix(7).map(\.pc), [0, 2, 5, 8, 11, 14, 16])
        XCTAssertEqual(got.count, 6 + 24)
        XCTAssertEqual(got[0].index, 8); XCTAssertEqual(got[0].vA, 1); XCTAssertEqual(got[0].vB, 2)
        XCTAssertEqual(got[1].registers, [1, 2]); XCTAssertEqual(got[1].index, 16)
        XCTAssertEqual(got[2].registers, [3, 4, 5])
        XCTAssertEqual(got[3].indexKind, .inlineMethod); XCTAssertEqual(got[3].index, 3)
        XCTAssertEqual(got[4].registers, [0, 1])
        XCTAssertEqual(got[5].vA, 1); XCTAssertEqual(got[5].index, 5)
        // The standard table sees one-unit "unused" opcodes instead.
        var std = odex.instructions(of: code)
        XCTAssertEqual(try std.next()?.format, .f10x)
    }

    /// A class that fails part-way (its second method's name is a string whose length says 0 but
    /// that has no NUL there) is dropped whole: its first method is not credited to the class that
    /// takes its place, and that class is not taken for a duplicate of it.
    func testAClassFailingPartWayLeavesNoTrace() throws {
        var s = DexSynth()
        s.strings = ["LA;", "LB;", "Ljava/lang/Object;", "V", "first", "zz"]
        s.types = [0, 1, 2, 3]
        s.protos = [(shorty: 3, ret: 3, params: [])]
        s.methods = [(cls: 0, proto: 0, name: 4), (cls: 0, proto: 0, name: 5), (cls: 1, proto: 0, name: 4)]
        s.classes = [DexSynth.ClassDef(type: 0, superType: 2, data: 0), DexSynth.ClassDef(type: 1, superType: 2, data: 1)]
        // A.first calls B.first (invoke-static, no arguments): a call edge only if A's body is walked.
        s.codes = [[0x0071, 2, 0, 0x000e], [0x000e]]
        s.classDatas = [[DexSynth.Method(idx: 0, code: 0), DexSynth.Method(idx: 1, code: 1)], [DexSynth.Method(idx: 2, code: 1)]]
        var b = s.build()
        let clean = try DexFile.parse(b, name: "classes.dex")
        let zz = Int(clean.u32(clean.header.stringIds.offset + 4 * 5))
        b[zz] = 0   // "zz" now claims 0 UTF-16 units: its NUL must come at once, and does not
        let idx = try DexIndex.build([try DexFile.parse(b, name: "classes.dex")])
        XCTAssertEqual(idx.problems.map(\.code), ["dex.malformed"])
        XCTAssertEqual(idx.classes.map(\.name), ["B"])
        XCTAssertEqual(idx.duplicateClasses, [])
        let aFirst = MethodRef(className: "A", name: "first", proto: "()V")
        let aFirstId = try XCTUnwrap(idx.methodId(aFirst), "interned while A was read")
        XCTAssertNil(idx.definingClass(ofMethod: aFirstId), "A.first belongs to no class read")
        XCTAssertEqual(idx.classes[0].methods.count, 1)
        XCTAssertEqual(idx.calls.count, 0, "no body of A is walked")
    }

    /// A superclass cycle (A extends B extends A; C extends B), which ART refuses to load: the
    /// descendants of A are B and C, each once, and never A itself.
    func testSubclassesOfACycleListEachClassOnceAndNotItself() throws {
        var s = DexSynth()
        s.strings = ["LA;", "LB;", "LC;"]
        s.types = [0, 1, 2]
        s.classes = [DexSynth.ClassDef(type: 0, superType: 1, data: nil), DexSynth.ClassDef(type: 1, superType: 0, data: nil),
                     DexSynth.ClassDef(type: 2, superType: 1, data: nil)]
        let idx = try DexIndex.build([try DexFile.parse(s.build(), name: "classes.dex")])
        XCTAssertEqual(idx.classes.map(\.name), ["A", "B", "C"])
        XCTAssertEqual(idx.subclasses(of: "A", transitive: true).map(\.name), ["B", "C"])
        XCTAssertEqual(idx.subclasses(of: "B", transitive: true).map(\.name), ["A", "C"])
        XCTAssertEqual(idx.subclasses(of: "B").map(\.name), ["A", "C"])
        XCTAssertEqual(idx.subclasses(of: "C", transitive: true).map(\.name), [])
    }
}
