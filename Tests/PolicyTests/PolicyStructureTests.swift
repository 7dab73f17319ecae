import XCTest
@testable import MingchaKit

/// HTML and Markdown shapes: scripts and styles dropped, headings, lists, <br> lines, tables
/// with a nested table, Chinese sentence splitting.
final class PolicyStructureTests: XCTestCase {
    func testHTMLBlocksSectionsAndTables() throws {
        let (doc, _) = try PF.read("sdk-table.html")
        XCTAssertEqual(doc.format, .html)
        XCTAssertEqual(doc.title, "示例天气隐私政策")
        XCTAssertFalse(doc.plainText.contains("不应出现在正文中的脚本文字"), "script text must be dropped")
        XCTAssertFalse(doc.plainText.contains("font-family"), "style text must be dropped")
        XCTAssertEqual(doc.sections.map(\.heading), ["示例天气隐私政策", "一、我们如何收集和使用您的个人信息", "二、第三方SDK目录", "三、您的权利", "四、如何联系我们"])
        // <br> splits the date paragraph into two blocks.
        XCTAssertTrue(doc.blocks.contains { $0.text == "更新日期：2024年3月1日" })
        XCTAssertTrue(doc.blocks.contains { $0.text == "生效日期：2024年3月8日" })
        XCTAssertEqual(doc.blocks.filter { $0.kind == .listItem }.count, 2)
        XCTAssertEqual(doc.tables.count, 1, "the nested table stays inside its cell")
        let t = doc.tables[0]
        XCTAssertEqual(t.rows.count, 3)
        XCTAssertEqual(t.rows[0], ["SDK名称", "第三方公司", "使用目的", "收集个人信息"])
        XCTAssertEqual(t.rows[1][0], "友盟统计SDK")
        XCTAssertTrue(t.rows[2][3].contains("嵌套说明：应用列表"), t.rows[2][3])
        XCTAssertEqual(t.section.map { doc.sections[$0].heading }, "二、第三方SDK目录")
    }

    func testMarkdown() throws {
        let (doc, s) = try PF.read("policy.md")
        XCTAssertEqual(doc.format, .markdown)
        XCTAssertEqual(doc.title, "记账本隐私政策")
        XCTAssertEqual(doc.tables.first?.rows.count, 2, "the |---| row is not a row")
        XCTAssertFalse(doc.plainText.contains("**"))
        XCTAssertEqual(s.sdkDisclosures.first?.name, "腾讯Bugly")
        XCTAssertEqual(s.sdkDisclosures.first?.vendor, "深圳市腾讯计算机系统有限公司")
        XCTAssertEqual(s.sdkDisclosures.first?.purpose, "崩溃分析")
        XCTAssertEqual(s.sdkDisclosures.first?.infoTypes, ["device_info"])
        XCTAssertEqual(s.deletion.limit, 48)
        XCTAssertEqual(s.deletion.unit, .hours)
        XCTAssertEqual(s.updatedDate, "2024-01-05")
        XCTAssertNotNil(s.mention(of: "email"))
        XCTAssertNotNil(s.mention(of: "camera"))
    }

    func testSentenceSplitting() {
        XCTAssertEqual(SentenceSplitter.split("我们收集位置信息。我们不会收集通讯录！您同意吗？"),
                       ["我们收集位置信息。", "我们不会收集通讯录！", "您同意吗？"])
        // Not inside brackets, not at a URL's "?".
        XCTAssertEqual(SentenceSplitter.split("包括（设备型号。系统版本）等。访问 https://a.cn/p?x=1 查看。"),
                       ["包括（设备型号。系统版本）等。", "访问 https://a.cn/p?x=1 查看。"])
    }

    func testHeadingDetector() {
        XCTAssertEqual(HeadingDetector.level(of: "一、我们如何收集信息"), 1)
        XCTAssertEqual(HeadingDetector.level(of: "第三条 账号注销"), 1)
        XCTAssertEqual(HeadingDetector.level(of: "（二）存储期限"), 2)
        XCTAssertEqual(HeadingDetector.level(of: "1.2 设备信息"), 2)
        XCTAssertNil(HeadingDetector.level(of: "一、我们会收集您的位置信息。"), "a sentence is not a heading")
        XCTAssertNil(HeadingDetector.level(of: "1. 为了向您提供服务，我们会在您使用相关功能时收集您的设备型号、操作系统版本和网络类型"))
    }

    func testPlainTextIsNotHTML() throws {
        let doc = try PolicyReader.document(bytes: Array("隐私政策\n我们用 a<b 比较大小".utf8), name: "p.txt")
        XCTAssertEqual(doc.format, .text)
        XCTAssertTrue(doc.plainText.contains("a<b"))
    }
}
