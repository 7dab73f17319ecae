import XCTest
@testable import MingchaKit

final class WxapkgParserTests: XCTestCase {
    /// A packer-built sample reads back with the sources' bytes at the right names, in offset order.
    func testSamplePackageReadsBack() throws {
        let w = try Wxapkg(bytes: MP.bytes(MP.built.appendingPathComponent("clean.wxapkg")), label: "clean.wxapkg")
        XCTAssertEqual(w.version, 0)
        XCTAssertEqual(w.entries.first?.name, "/app-config.json")
        XCTAssertTrue(w.entries.contains { $0.name == "/page-frame.html" })
        XCTAssertTrue(w.entries.contains { $0.name == "/pages/index/index.html" })
        // Contiguous, starting right after the index, ending at the end of the file.
        for (a, b) in zip(w.entries, w.entries.dropFirst()) { XCTAssertEqual(a.offset + a.size, b.offset) }
        XCTAssertEqual((w.entries.last.map { $0.offset + $0.size }), w.bytes.count)
        let service = try XCTUnwrap(w.entry(named: "app-service.js"))
        let src = try String(contentsOf: MP.samples.appendingPathComponent("src/clean/pages/index/index.js"), encoding: .utf8)
        XCTAssertTrue(String(decoding: w.data(service), as: UTF8.self).contains(src), "app-service.js holds the page's JS verbatim")
        let config = try XCTUnwrap(w.entry(named: "/app-config.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(w.data(config))) as? [String: Any])
        XCTAssertEqual(json["requiredPrivateInfos"] as? [String], ["getLocation"])
        XCTAssertEqual(json["entryPagePath"] as? String, "pages/index/index.html")
    }

    func testOwnWriterRoundTrip() throws {
        let w = try Wxapkg(bytes: MP.pack(MP.small), label: "t")
        XCTAssertEqual(w.entries.map(\.name), ["/app-config.json", "/app-service.js"])
        XCTAssertEqual(Array(w.data(w.entries[1])), Array("wx.getLocation({})".utf8))
    }

    /// Every validation of the container gives its own typed error.
    func testEveryValidationFailsWithItsCode() {
        let good = MP.pack(MP.small)
        func parse(_ b: [UInt8]) -> String? { MP.code { _ = try Wxapkg(bytes: b, label: "t") } }
        func patched(_ at: Int, _ v: [UInt8]) -> [UInt8] { var b = good; b.replaceSubrange(at..<(at + v.count), with: v); return b }
        XCTAssertNil(parse(good))
        XCTAssertEqual(parse(Array(good.prefix(10))), "wxapkg.truncated")
        XCTAssertEqual(parse(patched(0, [0xBF])), "wxapkg.bad-mark")
        XCTAssertEqual(parse(patched(13, [0x00])), "wxapkg.bad-mark")
        var mixed = good; mixed[13] = 0; mixed[17] = 0xED
        XCTAssertEqual(parse(mixed), "wxapkg.versioned-header")
        XCTAssertEqual(parse(patched(5, MP.be32(good.count))), "wxapkg.bad-index-length")
        XCTAssertEqual(parse(patched(5, MP.be32(2))), "wxapkg.bad-index-length")
        XCTAssertEqual(parse(patched(9, MP.be32(good.count))), "wxapkg.bad-body-length")
        XCTAssertEqual(parse(patched(14, MP.be32(0x7FFF_FFFF))), "wxapkg.too-many-entries")
        XCTAssertEqual(parse(patched(18, MP.be32(0))), "wxapkg.bad-name-length")
        XCTAssertEqual(parse(patched(18, MP.be32(5000))), "wxapkg.bad-name-length")
        // A name length that runs past the index.
        XCTAssertEqual(parse(patched(18, MP.be32(900))), "wxapkg.index-mismatch")
        XCTAssertEqual(parse(MP.pack([("/../../etc/passwd", [1])])), "wxapkg.path-traversal")
        XCTAssertEqual(parse(MP.pack([("/a\\..\\b", [1])])), "wxapkg.path-traversal")
        XCTAssertEqual(parse(MP.pack([("/a", [1]), ("/a", [2])])), "wxapkg.duplicate-name")
        XCTAssertEqual(parse(MP.pack([("/bad\u{FFFF}", [1])]).map { $0 == 0xEF ? 0xFF : $0 }), "wxapkg.bad-name")
        // Offsets past the end, inside the index, and overlapping entries.
        XCTAssertEqual(parse(MP.pack(MP.small, offsets: [60, 1_000_000])), "wxapkg.entry-out-of-bounds")
        XCTAssertEqual(parse(MP.pack(MP.small, offsets: [3, 60])), "wxapkg.entry-out-of-bounds")
        let files: [(String, [UInt8])] = [("/a", Array(repeating: 1, count: 10)), ("/b", Array(repeating: 2, count: 10))]
        let base = 14 + 4 + 2 * 14
        XCTAssertEqual(parse(MP.pack(files, offsets: [base, base + 5])), "wxapkg.overlapping-entries")
        // An index longer than its entries (4 unexplained bytes at its end).
        let idxLen = 4 + 12 + 2 + 4
        let padded: [UInt8] = [0xBE] + MP.be32(0) + MP.be32(idxLen) + MP.be32(3) + [0xED] + MP.be32(1) + MP.be32(2) + Array("/a".utf8)
            + MP.be32(14 + idxLen) + MP.be32(3) + [0, 0, 0, 0] + [1, 2, 3]
        XCTAssertEqual(parse(padded), "wxapkg.index-mismatch")
        // Count limit from ScanLimits.
        var limits = ScanLimits(); limits.maxEntries = 1
        XCTAssertEqual(MP.code { _ = try Wxapkg(bytes: good, label: "t", limits: limits) }, "wxapkg.too-many-entries")
        limits = ScanLimits(); limits.maxEntryBytes = 5
        XCTAssertEqual(MP.code { _ = try Wxapkg(bytes: good, label: "t", limits: limits) }, "wxapkg.entry-too-large")
    }

    /// Truncation at every length and random damage: typed errors or a valid parse, never a trap.
    func testHostileBytesNeverCrash() throws {
        let good = try MP.bytes(MP.built.appendingPathComponent("clean.wxapkg"))
        for n in 0..<min(good.count, 600) {
            let code = MP.code { _ = try Wxapkg(bytes: Array(good.prefix(n)), label: "t") }
            XCTAssertNotNil(code, "prefix \(n) parsed")
            XCTAssertFalse(code?.hasPrefix("untyped") ?? false, "prefix \(n): \(code ?? "")")
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var b = good
            for _ in 0..<Int.random(in: 1...4, using: &rng) { b[Int.random(in: 0..<300, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            if let code = MP.code({ _ = try Wxapkg(bytes: b, label: "t") }) { XCTAssertTrue(code.hasPrefix("wxapkg."), code) }
        }
    }

    func testTPKGReadsLittleEndianIndex() throws {
        let files: [(String, [UInt8])] = [("app-config.json", Array("{}".utf8)), ("app-service.js", Array("tt.getLocation({})".utf8))]
        var index: [UInt8] = MP.le32(2) + MP.le32(0) + MP.le32(files.count)
        let indexEnd = 4 + 12 + files.reduce(0) { $0 + 12 + $1.0.utf8.count }
        var off = indexEnd
        var body: [UInt8] = []
        for (n, d) in files { index += MP.le32(n.utf8.count) + Array(n.utf8) + MP.le32(off) + MP.le32(d.count); off += d.count; body += d }
        let pkg = Array("TPKG".utf8) + index + body
        let w = try Wxapkg.tpkg(bytes: pkg, label: "t.pkg")
        XCTAssertEqual(w.entries.map(\.name), ["/app-config.json", "/app-service.js"])
        XCTAssertEqual(String(decoding: w.data(w.entries[1]), as: UTF8.self), "tt.getLocation({})")
        let loaded = try WxapkgLoader.load(bytes: pkg, label: "t.pkg", path: "t.pkg", appid: nil, limits: ScanLimits())
        XCTAssertEqual(loaded.form, .tpkg)
        XCTAssertEqual(MP.code { _ = try Wxapkg.tpkg(bytes: Array(pkg.prefix(50)), label: "t") }, "wxapkg.index-mismatch")
    }

    func testMacEncryptedIsReported() {
        let bytes = Array(repeating: UInt8(7), count: 2000) + Array("WAPkgEncryptedTagForMac".utf8)
        XCTAssertEqual(MP.code { _ = try WxapkgLoader.load(bytes: bytes, label: "m", path: "m", appid: nil, limits: ScanLimits()) }, "wxapkg.mac-encrypted")
    }
}
