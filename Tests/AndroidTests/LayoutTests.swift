import Foundation
import XCTest
@testable import MingchaKit

/// Layouts listed by the fixture's resource table, parsed with string, boolean and ID references resolved.
final class LayoutTests: XCTestCase {
    func testConsentLayoutResolved() throws {
        let apk = AXMLSupport.fixture("new.apk")
        let table = try ResourceTable.parse(try XCTUnwrap(AXMLSupport.entry(apk, "resources.arsc")), limits: ScanLimits())
        var asked: [String] = []
        let (layouts, failures) = Layouts.load(table: table) { path in
            asked.append(path)
            return AXMLSupport.entry(apk, path)
        }
        XCTAssertEqual(asked, ["res/layout/consent.xml"])
        XCTAssertTrue(failures.isEmpty)
        let layout = try XCTUnwrap(layouts.first)
        XCTAssertEqual(layout.path, "res/layout/consent.xml")
        let box = try XCTUnwrap(layout.root.children.first)
        XCTAssertEqual(box.name, "CheckBox")
        XCTAssertEqual(box.android("checked")?.value, .bool(true))
        XCTAssertEqual(box.android("text")?.value, .string("I have read and agree to the Privacy Policy"))
        XCTAssertEqual(box.android("id")?.value, .string("id/agree_box"))
        XCTAssertEqual(layout.root.children[1].android("text")?.value, .string("https://example.cn/privacy.html"))
        XCTAssertEqual(layout.root.children[2].android("text")?.value, .string("登录即代表同意"))
        // Unresolved kinds stay as they were.
        XCTAssertEqual(layout.root.android("layout_width")?.value, .int(-1))
    }

    func testBrokenLayoutReportedNotFatal() throws {
        let apk = AXMLSupport.fixture("new.apk")
        let table = try ResourceTable.parse(try XCTUnwrap(AXMLSupport.entry(apk, "resources.arsc")), limits: ScanLimits())
        let (layouts, failures) = Layouts.load(table: table) { _ in [0x03, 0x00, 0x08, 0x00, 0xff, 0xff, 0, 0] }
        XCTAssertTrue(layouts.isEmpty)
        XCTAssertEqual(failures.map(\.path), ["res/layout/consent.xml"])
        XCTAssertNotNil(failures.first?.error as? AXMLError)
    }
}
