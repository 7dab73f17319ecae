import XCTest
@testable import MingchaKit

/// Encodings as real tools write them (fixtures made with iconv by make-fixtures.sh).
final class PolicyDecodingTests: XCTestCase {
    func testGBKHTMLWithMetaCharset() throws {
        let raw = try PF.bytes("gbk.html")
        XCTAssertFalse(PolicyTextDecoder.isValidUTF8(raw), "the fixture must really be GBK")
        let (doc, s) = try PF.read("gbk.html")
        XCTAssertEqual(doc.encoding, "GB18030")
        XCTAssertEqual(doc.replacedCharacters, 0)
        XCTAssertEqual(doc.title, "简易笔记隐私协议")
        XCTAssertTrue(doc.plainText.contains("为了实现笔记同步功能"))
        // Full-width ＩＭＥＩ normalised to ASCII and recognised.
        XCTAssertTrue(doc.plainText.contains("IMEI"))
        XCTAssertNotNil(s.mention(of: "imei"))
        XCTAssertNotNil(s.mention(of: "phone_number"))
        XCTAssertEqual(s.deletion.limit, 7)
        XCTAssertEqual(s.deletion.unit, .workingDays)
        // Word-style <p> lines numbered "一、" become sections.
        XCTAssertEqual(doc.sections.map(\.heading).filter { $0.hasPrefix("一") || $0.hasPrefix("二") }, ["一、我们收集的信息", "二、账号注销"])
    }

    func testUTF16WithBOM() throws {
        XCTAssertEqual(Array(try PF.bytes("utf16-bom.txt").prefix(2)), [0xFF, 0xFE])
        let (doc, s) = try PF.read("utf16-bom.txt")
        XCTAssertEqual(doc.encoding, "UTF-16LE")
        XCTAssertEqual(doc.title, "阅读助手隐私政策")
        XCTAssertNotNil(s.mention(of: "clipboard"))
        XCTAssertEqual(s.deletion.limit, 30)
        XCTAssertEqual(s.deletion.unit, .calendarDays)
        XCTAssertEqual(s.updatedDate, "2023-11-20")
        XCTAssertEqual(s.contact.channels.map(\.value), ["help@example-reader.cn"])
    }

    func testUTF16BigEndianWithoutBOMIsSniffed() throws {
        let (doc, _) = try PF.read("utf16be-nobom.txt")
        XCTAssertEqual(doc.encoding, "UTF-16BE")
        XCTAssertTrue(doc.plainText.contains("阅读助手隐私政策"))
    }

    func testGB18030PlainTextWithoutDeclaration() throws {
        let (doc, s) = try PF.read("plain-gb18030.txt")
        XCTAssertEqual(doc.encoding, "GB18030")
        XCTAssertEqual(doc.format, .text)
        XCTAssertNotNil(s.mention(of: "activity"))
        XCTAssertNotNil(s.negation(of: "call_log"), "我们不会收集您的通话记录")
        XCTAssertNil(s.mention(of: "call_log"))
        XCTAssertEqual(s.contact.channels.first?.kind, .phone)
        XCTAssertEqual(s.contact.channels.first?.value, "010-12345678")
    }

    func testFullWidthNormalisation() {
        XCTAssertEqual(TextNormaliser.normalise("ＩＭＥＩ１５个工作日\u{3000}ａｂ＠ｘ．ｃｎ\u{200B}，。"), "IMEI15个工作日 ab@x.cn，。")
    }

    func testRealAppAssetsAllDecode() throws {
        let dir = PF.sharedPolicies.appendingPathComponent("app-assets")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") } ?? []
        try XCTSkipIf(names.isEmpty, "shared corpus of bundled policies not present")
        var encodings: [String: String] = [:]
        for n in names {
            let doc = try PolicyReader.readFile(dir.appendingPathComponent(n).path)
            encodings[n] = doc.encoding
            XCTAssertEqual(doc.replacedCharacters, 0, n)
            XCTAssertTrue(doc.plainText.contains("隐私") || doc.plainText.contains("个人信息"), n)
        }
        XCTAssertEqual(encodings["caoh8__huasheng__app_src_main_assets_yinsi.html"], "GB18030")
        XCTAssertEqual(encodings["dborovsky__reverd_app__app_src_main_assets_privacy_zh.html"], "UTF-16LE")
    }
}
