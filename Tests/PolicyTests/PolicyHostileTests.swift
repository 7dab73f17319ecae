import Foundation
import XCTest
@testable import MingchaKit

/// Hostile and broken input gives a typed error or partial text, never a crash or a hang.
final class PolicyHostileTests: XCTestCase {
    private func seeded(_ n: Int, seed: UInt64) -> [UInt8] {
        var x = seed
        return (0..<n).map { _ in x = x &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: x >> 33) }
    }

    func testBinaryGarbageIsATypedError() {
        for seed in 1...20 as ClosedRange<UInt64> {
            let bytes = seeded(4096, seed: seed)
            do {
                _ = try PolicyReader.document(bytes: bytes, name: "garbage.bin")
                XCTFail("random bytes read as a policy (seed \(seed))")
            } catch let e as PolicyError {
                XCTAssertTrue(["policy.not-text", "policy.empty"].contains(e.code), "\(e)")
            } catch { XCTFail("untyped error \(error)") }
        }
        XCTAssertThrowsError(try PolicyReader.document(bytes: [], name: "empty.txt")) { XCTAssertEqual(($0 as? PolicyError)?.code, "policy.empty") }
        XCTAssertThrowsError(try PolicyReader.document(bytes: Array("<html><body><script>x</script></body></html>".utf8), name: "e.html")) {
            XCTAssertEqual(($0 as? PolicyError)?.code, "policy.empty")
        }
    }

    func testBrokenEncodingsGivePartialText() throws {
        // UTF-8 with a stray byte: still UTF-8, one replacement.
        var bad = Array("隐私政策\n我们收集您的位置信息。".utf8)
        bad.insert(0xFF, at: 13)
        let d1 = try PolicyReader.document(bytes: bad, name: "bad.txt")
        XCTAssertEqual(d1.encoding, "UTF-8")
        XCTAssertEqual(d1.replacedCharacters, 1)
        XCTAssertTrue(d1.plainText.contains("位置信息"))
        // GBK cut in the middle of a character.
        let gbk = try PF.bytes("plain-gb18030.txt")
        let d2 = try PolicyReader.document(bytes: Array(gbk.prefix(gbk.count - 1)), name: "cut.txt")
        XCTAssertEqual(d2.encoding, "GB18030")
        XCTAssertTrue(d2.plainText.contains("计步宝隐私政策"))
        // UTF-16 with an odd byte count and a lone surrogate.
        var u16: [UInt8] = [0xFF, 0xFE] + Array("隐私政策：我们收集您的位置信息。".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        u16 += [0x00, 0xD8, 0x41]
        let d3 = try PolicyReader.document(bytes: u16, name: "u16.txt")
        XCTAssertTrue(d3.plainText.hasPrefix("隐私政策"))
        XCTAssertGreaterThan(d3.replacedCharacters, 0)
        // A lying meta charset: declared UTF-8, actually GBK.
        var lying = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8)
        lying += try PF.bytes("plain-gb18030.txt") + Array("</p></body></html>".utf8)
        let d4 = try PolicyReader.document(bytes: lying, name: "lying.html")
        XCTAssertEqual(d4.encoding, "GB18030")
        XCTAssertTrue(d4.plainText.contains("计步宝"))
    }

    func testDeepNestingAndHugeLines() throws {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div><span>", count: depth) + "隐私政策 我们收集您的位置信息。"
            + String(repeating: "</span></div>", count: depth) + "</body></html>"
        // CPU time, not wall-clock: the test machine is shared.
        let start = clock()
        let doc = try PolicyReader.document(bytes: Array(html.utf8), name: "deep.html")
        XCTAssertLessThan(Double(clock() - start) / Double(CLOCKS_PER_SEC), 8)
        XCTAssertTrue(doc.plainText.contains("位置信息"))
        let tables = "<html><body>" + String(repeating: "<table><tr><td>", count: 3000) + "第三方SDK 友盟" + String(repeating: "</td></tr></table>", count: 3000) + "</body></html>"
        _ = try PolicyReader.document(bytes: Array(tables.utf8), name: "tables.html")
        // One 480 KB line with no sentence end.
        let line = "隐私政策\n" + String(repeating: "我们收集您的位置信息和设备信息，", count: 10_000)
        let t0 = clock()
        let s = try PF.summary(text: line)
        XCTAssertLessThan(Double(clock() - t0) / Double(CLOCKS_PER_SEC), 15)
        XCTAssertNotNil(s.mention(of: "location"))
    }

    func testRandomDamageToAFixtureNeverCrashes() throws {
        let base = try PF.bytes("sdk-table.html")
        for seed in 1...40 as ClosedRange<UInt64> {
            var b = base
            let noise = seeded(64, seed: seed)
            for i in stride(from: 0, to: noise.count - 1, by: 2) { b[Int(noise[i]) * b.count / 256] = noise[i + 1] }
            if let doc = try? PolicyReader.document(bytes: b, name: "damaged.html") {
                _ = PolicyReader.summary(of: doc, availability: .supplied, source: [], terms: try PolicyTerms.standard())
            }
        }
    }
}
