import Foundation
import XCTest
@testable import MingchaKit

final class BatchListFileTests: XCTestCase {
    let base = URL(fileURLWithPath: "/data/lists")

    func testChineseHeadersQuotedFieldsRelativePathsAndPolicyURL() throws {
        let text = "\u{FEFF}序号,应用名称,开发者,应用商店,文件路径,隐私政策,小程序AppID\r\n" +
            "1,\"某某商城\",\"某某科技, 有限公司\",应用宝,apks/shop.apk,policies/shop.html,\r\n" +
            "2,某某地图,\"说\"\"明\"\"\",华为,/abs/map.apk,HTTPS://example.com/p,wx123\r\n" +
            ",,,,,,\r\n" +
            "3,无路径的应用,某公司,小米,,,\r\n"
        let items = try BatchListFile.parse(text, name: "list.csv", baseDirectory: base, firstIndex: 5)
        XCTAssertEqual(items.count, 3, "blank rows are dropped, a row without a path is kept")
        XCTAssertEqual(items.map(\.index), [5, 6, 7])
        XCTAssertEqual(items[0].path, "/data/lists/apks/shop.apk")
        XCTAssertEqual(items[0].name, "某某商城")
        XCTAssertEqual(items[0].developer, "某某科技, 有限公司")
        XCTAssertEqual(items[0].source, "应用宝")
        XCTAssertEqual(items[0].policy, "/data/lists/policies/shop.html")
        XCTAssertNil(items[0].policyURL)
        XCTAssertNil(items[0].appid)
        XCTAssertEqual(items[1].path, "/abs/map.apk")
        XCTAssertEqual(items[1].developer, "说\"明\"")
        XCTAssertEqual(items[1].policyURL, "HTTPS://example.com/p")
        XCTAssertNil(items[1].policy)
        XCTAssertEqual(items[1].appid, "wx123")
        XCTAssertEqual(items[2].path, "")
        XCTAssertEqual(items[2].name, "无路径的应用")
    }

    func testEnglishTSVInAnyColumnOrder() throws {
        let text = "Store\tApp Name\tPath\tDeveloper\tCategory\n" + "Google Play\tShop, Inc\t../x.apk\tACME\tshopping\n"
        let items = try BatchListFile.parse(text, name: "l.tsv", baseDirectory: base)
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items[0].path, "/data/x.apk")
        XCTAssertEqual(items[0].name, "Shop, Inc", "a comma inside a TSV field is not a separator")
        XCTAssertEqual(items[0].source, "Google Play")
        XCTAssertEqual(items[0].developer, "ACME")
        XCTAssertEqual(items[0].category, "shopping")
    }

    func testListWithoutPathColumnIsATypedError() {
        XCTAssertThrowsError(try BatchListFile.parse("name,developer\na,b\n", name: "bad.csv", baseDirectory: base)) { e in
            XCTAssertEqual((e as? BatchError)?.code, "batch.list-no-path")
            XCTAssertTrue("\(e)".contains("bad.csv"))
        }
        XCTAssertThrowsError(try BatchListFile.load(path: "/nonexistent/list.csv")) { e in
            XCTAssertEqual((e as? BatchError)?.code, "batch.list-unreadable")
        }
    }

    func testGB18030ListAsExcelSavesIt() throws {
        // "路径,应用名称\nx.apk,测试\n" in GB18030.
        let bytes: [UInt8] = [0xC2, 0xB7, 0xBE, 0xB6, 0x2C, 0xD3, 0xA6, 0xD3, 0xC3, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A,
                              0x78, 0x2E, 0x61, 0x70, 0x6B, 0x2C, 0xB2, 0xE2, 0xCA, 0xD4, 0x0A]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gb-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let items = try BatchListFile.load(path: url.path)
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.name, "测试")
        XCTAssertEqual(items.first?.path, url.deletingLastPathComponent().appendingPathComponent("x.apk").path)
    }
}
