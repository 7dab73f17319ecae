import XCTest
@testable import MingchaKit

final class WXMLScannerTests: XCTestCase {
    func testCheckedForms() {
        func v(_ s: String) -> String {
            switch WXMLScanner.checkedValue(s) {
            case nil: return "none"
            case .constant(let b)?: return b ? "on" : "off"
            case .variable(let n)?: return "var:" + n
            }
        }
        XCTAssertEqual(v("<checkbox value=\"a\" checked/>"), "on")
        XCTAssertEqual(v("<checkbox checked=\"{{true}}\">"), "on")
        XCTAssertEqual(v("<checkbox checked=\"{{false}}\">"), "off")
        XCTAssertEqual(v("<checkbox checked=\"{{agreed}}\">"), "var:agreed")
        XCTAssertEqual(v("<checkbox value=\"a\">"), "none")
        XCTAssertEqual(v("_mz(z,'checkbox',['checked',[1,true],'value',[3,'a']],[],e,s,gg)"), "on")
        XCTAssertEqual(v("_mz(z,'checkbox',['checked',[[7],[3,'ok']]],[],e,s,gg)"), "var:ok")
        XCTAssertEqual(v("<checkbox unchecked-color=\"#999\">"), "none")
    }

    func testBlocksUsesAndCheckboxesInCompiledFrame() {
        let frame = """
        var x=['./pages/index/index.wxml'];var o0=_mz(z,'button',['open-type',[3,'getPhoneNumber']],[],e,s,gg);
        var x=['./pages/live/live.wxml'];var o1=_mz(z,'live-pusher',['url',[3,'rtmp://x']],[],e,s,gg);
        var o2=_mz(z,'checkbox',['checked',[1,true]],[],e,s,gg);_oz(z,[3,'我已阅读并同意《隐私政策》']);
        """
        let t = Array(frame.utf8)
        let blocks = WXMLScanner.blocks(t, file: "page-frame.html")
        XCTAssertEqual(blocks.map { $0.page ?? "-" }, ["-", "pages/index/index", "pages/live/live"])
        let uses = blocks.flatMap { WXMLScanner.uses(t, $0, package: "p", openTypes: ["getPhoneNumber"], components: ["live-pusher", "camera"]) }
        XCTAssertEqual(uses.map { "\($0.page ?? "-"):\($0.kind.rawValue):\($0.name)" },
                       ["pages/index/index:openType:getPhoneNumber", "pages/live/live:component:live-pusher"])
        let boxes = blocks.flatMap { WXMLScanner.checkboxes(t, $0, package: "p", agreementWords: ["隐私政策"], pageDataTrue: { _, _ in false }) }
        XCTAssertEqual(boxes.count, 1)
        XCTAssertEqual(boxes.first?.checkedByDefault, true)
        XCTAssertEqual(boxes.first?.agreement, true)
        XCTAssertEqual(boxes.first?.page, "pages/live/live")
    }

    func testSourceWXMLAndBoundCheckbox() {
        let src = "<view><camera device-position=\"back\"></camera><checkbox-group><checkbox checked=\"{{ok}}\"/></checkbox-group><text>同意《用户协议》</text></view>"
        let t = Array(src.utf8)
        let b = WXMLScanner.blocks(t, file: "pages/a/a.wxml")
        XCTAssertEqual(b.first?.page, "pages/a/a")
        XCTAssertEqual(WXMLScanner.uses(t, b[0], package: "p", openTypes: [], components: ["camera"]).map(\.name), ["camera"])
        let on = WXMLScanner.checkboxes(t, b[0], package: "p", agreementWords: ["用户协议"], pageDataTrue: { page, name in page == "pages/a/a" && name == "ok" })
        XCTAssertEqual(on.map(\.checkedByDefault), [true], "checkbox-group is not a checkbox; the bound one starts true")
        let off = WXMLScanner.checkboxes(t, b[0], package: "p", agreementWords: ["用户协议"], pageDataTrue: { _, _ in false })
        XCTAssertEqual(off.map(\.checkedByDefault), [false])
    }
}
