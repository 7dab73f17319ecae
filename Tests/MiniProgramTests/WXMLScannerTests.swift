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

/// The compiler's layout, shaped like real `page-frame.html` output: constants per file, relative
/// attribute indices, a bare `checked` (-1), nodes built with `_n` + `_rz`.
final class CompiledWXMLTests: XCTestCase {
    let frame = """
    var x=['./pages/login/login.wxml','./pages/index/index.wxml'];
    function gz$gwx_1(){
    if( __WXML_GLOBAL__.ops_cached.$gwx_1)return __WXML_GLOBAL__.ops_cached.$gwx_1
    __WXML_GLOBAL__.ops_cached.$gwx_1=[];
    (function(z){var a=11;function Z(ops){z.push(ops)}
    Z([3,'row'])
    Z([3,'agree'])
    Z([3,'我已阅读并同意\\u300a隐私政策\\u300b'])
    Z([3,'getPhoneNumber'])
    Z(z[0])
    })(__WXML_GLOBAL__.ops_cached.$gwx_1);return __WXML_GLOBAL__.ops_cached.$gwx_1
    }
    function gz$gwx_2(){
    if( __WXML_GLOBAL__.ops_cached.$gwx_2)return __WXML_GLOBAL__.ops_cached.$gwx_2
    __WXML_GLOBAL__.ops_cached.$gwx_2=[];
    (function(z){var a=11;function Z(ops){z.push(ops)}
    Z([3,'back'])
    Z([[7],[3,'ok']])
    })(__WXML_GLOBAL__.ops_cached.$gwx_2);return __WXML_GLOBAL__.ops_cached.$gwx_2
    }
    d_[x[0]]={}
    var m0=function(e,s,r,gg){
    var z=gz$gwx_1()
    var oB=_n('label')
    _rz(z,oB,'class',0,e,s,gg)
    var xC=_mz(z,'checkbox',['checked',-1,'value',1],[],e,s,gg)
    var oD=_oz(z,2,e,s,gg)
    var fE=_mz(z,'button',['class',0,'openType',3],[],e,s,gg)
    return r
    }
    e_[x[0]]={f:m0,j:[],i:[],ti:[],ic:[]}
    d_[x[1]]={}
    d_[x[1]]["tpl"]=function(e,s,r,gg){
    var z=gz$gwx_2()
    var cF=_mz(z,'camera',['devicePosition',0],[],e,s,gg)
    var hG=_mz(z,'checkbox',['checked',1],[],e,s,gg)
    return r
    }
    e_[x[1]]={f:m1,j:[],i:[],ti:[],ic:[]}
    """

    func testPagesElementsAndValues() throws {
        let t = Array(frame.utf8)
        let pages = try XCTUnwrap(WXMLDocument.compiled(t, file: "page-frame.html"))
        XCTAssertEqual(pages.map { $0.page ?? "-" }, ["pages/login/login", "pages/index/index"])
        let login = pages[0]
        XCTAssertEqual(login.elements.map(\.tag), ["label", "checkbox", "button"])
        XCTAssertEqual(login.elements[0].attrs["class"], .string("row"))
        XCTAssertEqual(login.elements[1].attrs["checked"], .bare)
        XCTAssertEqual(login.elements[1].attrs["value"], .string("agree"), "relative index: base -1 does not set the base")
        XCTAssertEqual(login.elements[2].attrs["openType"], .string("getPhoneNumber"), "class 0 leaves base 0, so 3 is absolute")
        XCTAssertTrue(login.text.contains("《隐私政策》"), "\\u escapes decoded")
        XCTAssertEqual(pages[1].elements[1].attrs["checked"], .variable("ok"))

        let uses = pages.flatMap { WXMLScanner.uses($0, package: "p", openTypes: ["getPhoneNumber"], components: ["camera"]) }
        XCTAssertEqual(uses.map { "\($0.page ?? "-"):\($0.name)" }, ["pages/login/login:getPhoneNumber", "pages/index/index:camera"])
        let boxes = pages.flatMap { WXMLScanner.checkboxes($0, package: "p", agreementWords: ["隐私政策"], pageDataTrue: { $1 == "ok" }) }
        XCTAssertEqual(boxes.map { "\($0.checkedByDefault):\($0.agreement)" }, ["true:true", "true:false"])
    }

    /// The sample packer writes this layout; reading its output back gives the source's elements.
    func testPackerOutputReadsBack() throws {
        let w = try Wxapkg(bytes: MP.bytes(MP.built.appendingPathComponent("default-checked.wxapkg")), label: "d")
        let frame = try XCTUnwrap(w.entry(named: "page-frame.html"))
        let pages = try XCTUnwrap(WXMLDocument.compiled(Array(w.data(frame)), file: "page-frame.html"))
        let box = try XCTUnwrap(pages.first?.elements.first { $0.tag == "checkbox" })
        XCTAssertEqual(box.attrs["checked"], .variable("agreed"))
        XCTAssertEqual(box.attrs["value"], .string("agree"))
    }

    func testHostileCompiledTextIsBounded() {
        let junk = "var x=['./a.wxml'];" + String(repeating: "d_[x[0]]={}var z=gz$gwx_1()_mz(z,'a',[", count: 5000) + String(repeating: "function gz$gwx_1(){Z([3,'", count: 5000)
        let start = Date()
        _ = WXMLDocument.compiled(Array(junk.utf8), file: "f")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
