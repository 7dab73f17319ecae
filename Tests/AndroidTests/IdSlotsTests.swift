import XCTest
@testable import MingchaKit

/// The index's id tables (open addressing over ids whose keys live in the index's arrays).
final class IdSlotsTests: XCTestCase {
    func testInternerGivesOneIdPerStringAcrossGrowth() {
        var names = DexInterner()
        var ids: [Int32] = []
        for i in 0..<50_000 { ids.append(names.intern("Lcom/example/C\(i);")) }
        XCTAssertEqual(ids, (0..<50_000).map(Int32.init), "new strings get consecutive ids")
        // Interning again (and looking up) finds the same ids after the table grew many times.
        for i in stride(from: 0, to: 50_000, by: 7) {
            XCTAssertEqual(names.intern("Lcom/example/C\(i);"), Int32(i))
            XCTAssertEqual(names.lookup("Lcom/example/C\(i);"), Int32(i))
        }
        XCTAssertEqual(names.strings.count, 50_000)
        XCTAssertNil(names.lookup("Lcom/example/C50000;"))
        XCTAssertNil(names.lookup(""))
        XCTAssertEqual(names.intern(""), 50_000)
        XCTAssertEqual(names[50_000], "")
    }

    func testReserveKeepsIds() {
        var names = DexInterner()
        let a = names.intern("a"), b = names.intern("b")
        names.reserve(100_000)
        XCTAssertEqual(names.lookup("a"), a)
        XCTAssertEqual(names.lookup("b"), b)
        XCTAssertEqual(names.intern("c"), 2)
    }

    func testMembersByKey() {
        var index = DexIndex()
        var seen: [DexIndex.MemberKey: Int32] = [:]
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Few distinct values per field, so many keys repeat and differ in one field only.
            let key = DexIndex.MemberKey(cls: Int32(state >> 60), name: Int32((state >> 40) & 0xff), sig: Int32((state >> 20) & 0x7))
            let (id, isNew) = index.methodSlots.intern(key, in: &index.methodKeys)
            if let known = seen[key] {
                XCTAssertFalse(isNew); XCTAssertEqual(id, known)
            } else {
                XCTAssertTrue(isNew); XCTAssertEqual(Int(id), seen.count); seen[key] = id
            }
        }
        XCTAssertEqual(index.methodKeys.count, seen.count)
        for (key, id) in seen { XCTAssertEqual(index.methodId(key: key), id) }
        XCTAssertNil(index.methodId(key: DexIndex.MemberKey(cls: 99, name: 0, sig: 0)))
        XCTAssertNil(index.fieldId(key: DexIndex.MemberKey(cls: 0, name: 0, sig: 0)), "fields are a table of their own")
        XCTAssertEqual(index.fieldSlots.intern(DexIndex.MemberKey(cls: 0, name: 0, sig: 0), in: &index.fieldKeys).id, 0)
    }

    /// Member keys of a real app differ in one id at a time (a class's methods share `cls`, and
    /// overloads share `name`); their positions must still spread over the table's low bits, and
    /// depend on the table's random seed, so a hostile DEX cannot aim keys at one slot.
    func testMemberKeyPositionsSpreadAndAreSeeded() {
        let seed = IdSlots().seed
        var low = Set<Int>()
        var keys: [DexIndex.MemberKey] = []
        for cls in 0..<64 { for name in 0..<64 { for sig in 0..<4 {
            keys.append(DexIndex.MemberKey(cls: Int32(cls) << 20, name: Int32(name), sig: Int32(sig) << 24))
        } } }
        for k in keys { low.insert(k.slotHash(seed) & 0xffff) }
        // 16 384 keys into 65 536 positions: a random spread fills about 14 500 distinct ones.
        XCTAssertGreaterThan(low.count, 14_000)
        let other = seed ^ 1
        XCTAssertGreaterThan(keys.filter { $0.slotHash(seed) != $0.slotHash(other) }.count, 16_000,
                             "another seed puts keys elsewhere")
        XCTAssertNotEqual(IdSlots().seed, IdSlots().seed)
    }

    /// Class names share long prefixes and differ in a byte or two near the end; their positions
    /// must spread anyway, follow the bytes (not how the String is stored) and change with the seed.
    func testNamePositionsSpreadAndAreSeeded() {
        let seed = IdSlots().seed
        let names = (0..<50_000).map { "Lcom/example/app/module/C\($0);" }
        let low = Set(names.map { $0.slotHash(seed) & 0xffff })
        // 50 000 names into 65 536 positions: a random spread fills about 35 000 distinct ones.
        XCTAssertGreaterThan(low.count, 33_000)
        XCTAssertGreaterThan(names.filter { $0.slotHash(seed) != $0.slotHash(seed ^ 1) }.count, 49_900)
        let bytes = Array("Landroidx/core/app/ActivityCompat;".utf8)
        let built = String(decoding: bytes, as: UTF8.self), sliced = String("xLandroidx/core/app/ActivityCompat;".dropFirst())
        XCTAssertEqual(built.slotHash(seed), "Landroidx/core/app/ActivityCompat;".slotHash(seed))
        XCTAssertEqual(sliced.slotHash(seed), built.slotHash(seed))
        XCTAssertNotEqual("".slotHash(seed), "\u{0}".slotHash(seed), "length is part of the hash")
    }

    /// "é" precomposed and "e" + combining acute are equal to Swift's `==` but are other bytes:
    /// they are two names under every seed (a byte hash with `==` merged them only when their
    /// probes happened to meet, so the ids depended on the run).
    func testEquivalentSpellingsInOtherBytesAreAlwaysTwoNames() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        XCTAssertEqual(composed, decomposed, "Swift calls them equal")
        for _ in 0..<300 {
            var names = DexInterner()
            for i in 0..<6 { _ = names.intern("n\(i)") }   // a few names, so probes meet now and then
            let a = names.intern(composed), b = names.intern(decomposed)
            XCTAssertNotEqual(a, b)
            XCTAssertEqual(names.lookup(composed), a)
            XCTAssertEqual(names.lookup(decomposed), b)
            XCTAssertEqual(names.intern(decomposed), b)
        }
    }
}
