import Foundation
import XCTest
@testable import MingchaKit

/// Binary XML read from fixtures that the real aapt compiled, checked value by value and against
/// `aapt dump xmltree`.
final class BinaryXMLTests: XCTestCase {
    static func manifestBytes(_ apk: String = "new.apk") throws -> [UInt8] {
        try XCTUnwrap(AXMLSupport.entry(AXMLSupport.fixture(apk), "AndroidManifest.xml"), "unzip could not read \(apk)")
    }

    func testAttributeTableLoaded() {
        XCTAssertEqual(AndroidAttributeNames.name(of: 0x0101_0003), "name")
        XCTAssertEqual(AndroidAttributeNames.name(of: 0x0101_0010), "exported")
        XCTAssertEqual(AndroidAttributeNames.id(of: "targetSdkVersion"), 0x0101_0270)
        XCTAssertGreaterThan(AndroidAttributeNames.count, 1400)
        XCTAssertEqual(AndroidAttributeNames.foregroundServiceTypes(8 | 64), ["location", "camera"])
    }

    /// Every id and name of the file, as Foundation's JSONSerialization reads it, both ways.
    func testAttributeTableHoldsTheWholeFile() throws {
        let data = try Data(contentsOf: MingchaPaths.signatures.appendingPathComponent("android-attrs.json"))
        let top = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let attrs = try XCTUnwrap(top["attrs"] as? [String: String])
        XCTAssertEqual(AndroidAttributeNames.count, attrs.count)
        for (hex, name) in attrs {
            let id = try XCTUnwrap(UInt32(hex.dropFirst(2), radix: 16))
            XCTAssertEqual(AndroidAttributeNames.name(of: id), name, hex)
            XCTAssertEqual(AndroidAttributeNames.id(of: name), id, name)
        }
        let types = try XCTUnwrap(top["foregroundServiceTypes"] as? [String: Int])
        XCTAssertEqual(AndroidAttributeNames.foregroundServiceTypes(UInt32.max), types.sorted { $0.value < $1.value }.map(\.key))
    }

    func testManifestValues() throws {
        let doc = try AXML.parse(Self.manifestBytes(), limits: ScanLimits())
        let root = try XCTUnwrap(doc.root)
        XCTAssertEqual(root.name, "manifest")
        XCTAssertNil(root.namespace)
        XCTAssertEqual(root.line, 2)
        XCTAssertEqual(doc.namespaces["android"], androidNamespace)
        XCTAssertEqual(root.plain("package")?.value, .string("cn.mingcha.fixture"))
        let vc = try XCTUnwrap(root.android("versionCode"))
        XCTAssertEqual(vc.value, .int(20231105))
        XCTAssertEqual(vc.resourceId, 0x0101_021b)
        XCTAssertEqual(vc.namespace, androidNamespace)
        XCTAssertEqual(root.android("versionName")?.value, .reference(0x7f04_0001))
        let sdk = try XCTUnwrap(root.children.first { $0.name == "uses-sdk" })
        XCTAssertEqual(sdk.line, 6)
        XCTAssertEqual(sdk.android("targetSdkVersion")?.value, .int(29))
        let app = try XCTUnwrap(root.children.first { $0.name == "application" })
        XCTAssertEqual(app.android("allowBackup")?.value, .bool(false))
        XCTAssertEqual(app.android("usesCleartextTraffic")?.value, .bool(true))
        let perm = try XCTUnwrap(root.children.first { $0.name == "permission" })
        XCTAssertEqual(perm.android("protectionLevel")?.value, .hex(2))
        XCTAssertTrue(doc.anomalies.isEmpty, "\(doc.anomalies)")
    }

    func testWholeTreeMatchesAaptXmltree() throws {
        guard AXMLSupport.aaptInstalled else { return }
        for apk in ["new.apk", "old.apk"] {
            let doc = try AXML.parse(Self.manifestBytes(apk), limits: ScanLimits())
            let text = try XCTUnwrap(AXMLSupport.aapt(["dump", "xmltree", AXMLSupport.fixture(apk), "AndroidManifest.xml"]))
            let ref = try XCTUnwrap(AaptXMLTree.parse(text))
            XCTAssertEqual(AaptXMLTree.diff(try XCTUnwrap(doc.root), ref), [], apk)
        }
        let layout = try XCTUnwrap(AXMLSupport.entry(AXMLSupport.fixture("new.apk"), "res/layout/consent.xml"))
        let doc = try AXML.parse(layout, limits: ScanLimits())
        let text = try XCTUnwrap(AXMLSupport.aapt(["dump", "xmltree", AXMLSupport.fixture("new.apk"), "res/layout/consent.xml"]))
        XCTAssertEqual(AaptXMLTree.diff(try XCTUnwrap(doc.root), try XCTUnwrap(AaptXMLTree.parse(text))), [])
    }

    func testTypedValuesInLayout() throws {
        let layout = try XCTUnwrap(AXMLSupport.entry(AXMLSupport.fixture("new.apk"), "res/layout/consent.xml"))
        let root = try XCTUnwrap(try AXML.parse(layout, limits: ScanLimits()).root)
        XCTAssertEqual(root.name, "LinearLayout")
        XCTAssertEqual(root.children.map(\.name), ["CheckBox", "TextView", "Button"])
        let tv = root.children[1]
        XCTAssertEqual(tv.android("textSize")?.value.display, "14.0sp")
        XCTAssertEqual(tv.android("alpha")?.value.display, "0.5")
        XCTAssertEqual(tv.android("textColor")?.value.display, "#ff336699")
        XCTAssertEqual(root.children[2].android("layout_width")?.value.display, "16.0dp")
        XCTAssertEqual(root.children[2].android("text")?.value, .string("登录即代表同意"))
        XCTAssertEqual(root.android("layout_width")?.value, .int(-1)) // match_parent
    }

    func testValueDisplay() {
        XCTAssertEqual(ResValue.reference(0x7f01_0002).display, "@0x7f010002")
        XCTAssertEqual(ResValue.attribute(0x0101_0030).display, "?0x01010030")
        XCTAssertEqual(ResValue.hex(0x10).display, "0x10")
        XCTAssertEqual(ResValue.bool(true).display, "true")
        XCTAssertEqual(ResValue.fraction(0x4000_0030).display, "50.0%") // 0.5 as 0p23, unit %
        XCTAssertEqual(ResValue.dimension(0x0000_1001).display, "16.0dp")
        XCTAssertEqual(ResValue.color(0x00ff_8000, type: 0x1d).display, "#ff8000")
        XCTAssertEqual(ResValue.string("true").boolValue, true)
        XCTAssertEqual(ResValue.string("yes").boolValue, false)
        XCTAssertEqual(ResValue.int(0).boolValue, false)
        let nan = ResValue.float(bits: 0x7fc0_0000)
        XCTAssertNoThrow(try JSONEncoder().encode(nan)) // hostile NaN still encodes
    }

    func testPlainTextXMLRejected() {
        let text = Array("<?xml version=\"1.0\"?><manifest/>".utf8)
        XCTAssertThrowsError(try AXML.parse(text, limits: ScanLimits())) { e in
            XCTAssertEqual((e as? AXMLError)?.code, "axml.not-binary")
        }
    }
}
