import Foundation
import XCTest
@testable import MingchaKit

/// Damaged and deliberately misleading binary XML, made by patching the real aapt-built manifest:
/// every outcome is the correct tree or a typed error, never a crash or a hang.
final class BinaryXMLHostileTests: XCTestCase {
    static func original() throws -> [UInt8] { try BinaryXMLTests.manifestBytes() }

    static func json(_ doc: XMLDocument) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return try e.encode(doc.root)
    }

    static func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) {
        for i in 0..<4 { b[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
    }
    static func get32(_ b: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(b[at + $1]) << (8 * UInt32($1)) }
    }
    static func get16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }

    /// Parsing must succeed or throw a `MingchaError`; returns the document when it succeeds.
    @discardableResult
    static func survive(_ b: [UInt8], limits: ScanLimits = ScanLimits(), file: StaticString = #filePath, line: UInt = #line) -> XMLDocument? {
        do {
            let doc = try AXML.parse(b, limits: limits)
            _ = try? AndroidManifest(document: doc) // the model must not trap on odd trees either
            return doc
        } catch {
            XCTAssertTrue(error is MingchaError, "untyped error \(error)", file: file, line: line)
            return nil
        }
    }

    /// Offset of the first XML node (start namespace) after the string pool and resource map.
    static func firstNode(_ b: [UInt8]) -> Int {
        var p = get16(b, 2)
        while p + 8 <= b.count, get16(b, p) < 0x0100 || get16(b, p) > 0x017f { p += Int(get32(b, p + 4)) }
        return p
    }

    /// Index and byte offset of a pool string (the pool is the first chunk after the file header).
    static func poolString(_ b: [UInt8], _ s: String) throws -> (index: Int, at: Int, utf8: Bool) {
        let pool = 8
        let count = Int(get32(b, pool + 8)), flags = get32(b, pool + 16)
        let stringsStart = pool + Int(get32(b, pool + 20)), offsets = pool + get16(b, pool + 2)
        let doc = try AXML.parse(b, limits: ScanLimits())
        _ = doc
        let r = ByteReader(b)
        let sp = try StringPool(r, chunk: ResChunk.read(r, at: pool, minHeader: 28, dataEnd: b.count, what: "pool"), limits: ScanLimits())
        for i in 0..<count where sp.string(i) == s {
            return (i, stringsStart + Int(get32(b, offsets + 4 * i)), flags & 0x100 != 0)
        }
        throw XCTSkip("string \(s) not in pool")
    }

    func testEveryTruncationIsTypedError() throws {
        let b = try Self.original()
        var parsed = 0
        for n in 0..<b.count {
            if Self.survive(Array(b[0..<n])) != nil { parsed += 1 }
        }
        // Cutting inside the string pool or any node must fail; only a cut before the last end tags can parse.
        XCTAssertLessThan(parsed, 200)
        XCTAssertNotNil(Self.survive(b))
    }

    func testLyingFileSizeAndTrailingJunk() throws {
        let b = try Self.original()
        let good = try Self.json(AXML.parse(b))
        var big = b
        Self.put32(&big, 4, 0x7fff_fff0)
        let d1 = try AXML.parse(big)
        XCTAssertEqual(try Self.json(d1), good)
        XCTAssertTrue(d1.anomalies.contains { $0.contains("declares") })
        var junk = b + (0..<999).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let d2 = try AXML.parse(junk)
        XCTAssertEqual(try Self.json(d2), good)
        XCTAssertTrue(d2.anomalies.contains { $0.contains("trailing") })
        // A wrong file chunk type is not checked by Android either.
        junk = b
        junk[0] = 0x34; junk[1] = 0x12
        XCTAssertEqual(try Self.json(AXML.parse(junk)), good)
        // A header size beyond the file is refused with a typed error.
        var hdr = b
        hdr[2] = 0xff; hdr[3] = 0xff
        XCTAssertThrowsError(try AXML.parse(hdr)) { XCTAssertEqual(($0 as? AXMLError)?.code, "axml.bad-chunk") }
    }

    func testBogusChunkBeforeNodesSkipped() throws {
        let b = try Self.original()
        let at = Self.firstNode(b)
        let bogus: [UInt8] = [0x77, 0x77, 0x08, 0x00, 0x10, 0, 0, 0] + [UInt8](repeating: 0xAB, count: 8)
        var patched = Array(b[0..<at]) + bogus + Array(b[at...])
        Self.put32(&patched, 4, UInt32(patched.count))
        let doc = try AXML.parse(patched)
        XCTAssertEqual(try Self.json(doc), try Self.json(AXML.parse(b)))
        XCTAssertTrue(doc.anomalies.contains { $0.contains("0x7777") })
        // An unknown node type among the nodes is skipped as well (ResXMLParser::nextNode).
        let node: [UInt8] = [0x7e, 0x01, 0x10, 0x00, 0x18, 0, 0, 0] + [UInt8](repeating: 0, count: 16)
        var inNodes = Array(b[0..<at]) + Array(b[at..<(at + Self.get16(b, at + 4))]) + node + Array(b[(at + Self.get16(b, at + 4))...])
        Self.put32(&inNodes, 4, UInt32(inNodes.count))
        XCTAssertEqual(try Self.json(AXML.parse(inNodes)), try Self.json(AXML.parse(b)))
    }

    func testStringCountLies() throws {
        let b = try Self.original()
        let good = try Self.json(AXML.parse(b))
        var huge = b
        Self.put32(&huge, 8 + 8, 0x7fff_ffff)
        let d = try AXML.parse(huge)
        XCTAssertEqual(try Self.json(d), good) // bounded to what the chunk holds; real strings intact
        XCTAssertTrue(d.anomalies.contains { $0.contains("2147483647") })
        // Over the configured limit: a typed refusal before allocating.
        var limits = ScanLimits()
        limits.maxStrings = 10
        XCTAssertThrowsError(try AXML.parse(b, limits: limits)) { XCTAssertEqual(($0 as? AXMLError)?.code, "axml.too-many") }
        // Too small a count: names vanish, but framework attributes are still found by resource ID.
        var small = b
        Self.put32(&small, 8 + 8, 2)
        let doc = try XCTUnwrap(Self.survive(small))
        XCTAssertEqual(doc.root?.android("versionCode")?.value, .int(20231105))
        XCTAssertEqual(doc.root?.android("versionCode")?.name, "versionCode")
    }

    func testOutOfRangeStringIndex() throws {
        var b = try Self.original()
        // The `package` attribute's typed value is a string index; point it far outside the pool.
        let (index, _, _) = try Self.poolString(b, "cn.mingcha.fixture")
        var patched = 0
        var p = Self.firstNode(b)
        while p + 8 <= b.count {
            if Self.get16(b, p) == 0x0102 {
                let ext = p + Self.get16(b, p + 2)
                let start = Self.get16(b, ext + 8), size = Self.get16(b, ext + 10), count = Self.get16(b, ext + 12)
                for i in 0..<count {
                    let a = ext + start + i * size
                    if b[a + 15] == 0x03 && Self.get32(b, a + 16) == UInt32(index) {
                        Self.put32(&b, a + 16, 0x00ff_ff00)
                        Self.put32(&b, a + 8, 0xffff_ffff)
                        patched += 1
                    }
                }
            }
            p += Int(Self.get32(b, p + 4))
        }
        XCTAssertEqual(patched, 1)
        let doc = try AXML.parse(b)
        XCTAssertEqual(doc.root?.plain("package")?.value, .string(""))
        XCTAssertTrue(doc.anomalies.contains { $0.contains("outside the string pool") })
    }

    func testObfuscatedAttributeNames() throws {
        var b = try Self.original()
        // Rename "versionCode" to "zzzzzzzzzzz" and empty "exported" in the pool: Android finds
        // attributes by resource ID, so the model must not change.
        let vc = try Self.poolString(b, "versionCode")
        let ex = try Self.poolString(b, "exported")
        XCTAssertFalse(vc.utf8) // aapt writes manifests as UTF-16
        for i in 0..<"versionCode".count { b[vc.at + 2 + 2 * i] = UInt8(ascii: "z") }
        b[ex.at] = 0; b[ex.at + 1] = 0; b[ex.at + 2] = 0; b[ex.at + 3] = 0
        let doc = try AXML.parse(b)
        let attr = try XCTUnwrap(doc.root?.android("versionCode"))
        XCTAssertEqual(attr.name, "versionCode")
        XCTAssertEqual(attr.fileName, "zzzzzzzzzzz")
        XCTAssertTrue(doc.anomalies.contains { $0.contains("differ from their resource ID") })
        let m = try AndroidManifest(document: doc)
        XCTAssertEqual(m.versionCode, 20231105)
        let deep = try XCTUnwrap(m.components.first { $0.name.hasSuffix("DeepLinkActivity") })
        XCTAssertEqual(deep.exportedExplicit, false)
        XCTAssertFalse(deep.exported)
        XCTAssertEqual(m.components.first { $0.name.hasSuffix("PushService") }?.exportedExplicit, true)
    }

    func testLargerNodeHeaderTolerated() throws {
        // ResXMLTree reads a node's extension at headerSize, whatever it is: a start-element
        // header padded from 16 to 24 bytes must give the same tree.
        let b = try Self.original()
        var p = Self.firstNode(b)
        while Self.get16(b, p) != 0x0102 { p += Int(Self.get32(b, p + 4)) }
        let size = Int(Self.get32(b, p + 4))
        var node = Array(b[p..<(p + 16)]) + [UInt8](repeating: 0xEE, count: 8) + Array(b[(p + 16)..<(p + size)])
        node[2] = 24
        Self.put32(&node, 4, UInt32(size + 8))
        var patched = Array(b[0..<p]) + node + Array(b[(p + size)...])
        Self.put32(&patched, 4, UInt32(patched.count))
        XCTAssertEqual(try Self.json(AXML.parse(patched)), try Self.json(AXML.parse(b)))
        // A header that claims more than the node holds is refused (validate_chunk).
        var bad = b
        bad[p + 2] = 0xf0; bad[p + 3] = 0x7f
        XCTAssertThrowsError(try AXML.parse(bad)) { XCTAssertTrue($0 is AXMLError) }
    }

    func testAttributeCountLieRefused() throws {
        var b = try Self.original()
        var p = Self.firstNode(b)
        while Self.get16(b, p) != 0x0102 { p += Int(Self.get32(b, p + 4)) }
        let ext = p + Self.get16(b, p + 2)
        b[ext + 12] = 0xff; b[ext + 13] = 0xff
        XCTAssertThrowsError(try AXML.parse(b)) { XCTAssertEqual(($0 as? AXMLError)?.code, "axml.bad-chunk") }
    }

    func testSeededRandomDamage() throws {
        let b = try Self.original()
        var rng = SplitMix(seed: 0x6d696e67)
        var ok = 0
        for _ in 0..<3000 {
            var d = b
            for _ in 0..<(1 + Int(rng.next() % 8)) {
                d[Int(rng.next() % UInt64(d.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            if Self.survive(d) != nil { ok += 1 }
        }
        XCTAssertGreaterThan(ok, 0)
    }

    func testDeepNestingRefused() {
        // A synthetic file: one UTF-8 string "a", then 600 start elements with no end.
        var pool: [UInt8] = [0x01, 0x00, 0x1c, 0x00] + [0, 0, 0, 0] + [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0x20, 0, 0, 0, 0, 0, 0, 0]
        pool += [0, 0, 0, 0] + [1, 1, UInt8(ascii: "a"), 0]
        Self.put32(&pool, 4, UInt32(pool.count))
        var nodes: [UInt8] = []
        for i in 0..<600 {
            var n: [UInt8] = [0x02, 0x01, 0x10, 0x00, 36, 0, 0, 0] + [UInt8](repeating: 0, count: 28)
            Self.put32(&n, 8, UInt32(i + 1))
            Self.put32(&n, 12, 0xffff_ffff)
            Self.put32(&n, 16, 0xffff_ffff)
            n[24] = 20; n[26] = 20 // attributeStart, attributeSize; count 0
            nodes += n
        }
        var file: [UInt8] = [0x03, 0x00, 0x08, 0x00, 0, 0, 0, 0] + pool + nodes
        Self.put32(&file, 4, UInt32(file.count))
        XCTAssertThrowsError(try AXML.parse(file)) { XCTAssertEqual(($0 as? AXMLError)?.code, "axml.too-deep") }
        // The same shape 10 deep parses, and unclosed elements are closed at the end.
        var shallow: [UInt8] = [0x03, 0x00, 0x08, 0x00, 0, 0, 0, 0] + pool + nodes[0..<(36 * 10)]
        Self.put32(&shallow, 4, UInt32(shallow.count))
        var depth = 0
        var e = try? AXML.parse(shallow).root
        while let x = e { depth += 1; e = x.children.first }
        XCTAssertEqual(depth, 10)
    }
}
