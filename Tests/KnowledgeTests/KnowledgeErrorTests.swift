import Foundation
import XCTest
@testable import MingchaKit

/// Bad files give typed errors naming the file and the entry.
final class KnowledgeErrorTests: XCTestCase {
    func testMissingKeyNamesFileAndEntry() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("permissions.json") { $0.replacingOccurrences(of: "{\"name\": \"android.permission.CAMERA\", \"zh\": \"使用摄像头\", ", with: "{\"name\": \"android.permission.CAMERA\", ") }
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            guard case .badEntry(let file, _, let entry, let detail)? = e as? KnowledgeError else { return XCTFail("\(e)") }
            XCTAssertEqual(file, "permissions.json")
            XCTAssertEqual(entry, "android.permission.CAMERA")
            XCTAssertTrue(detail.contains("zh"), detail)
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.bad-entry")
        }
    }

    func testWrongTypeInSDKFile() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("sdks/curated-cn.json") { $0.replacingOccurrences(of: "\"packagePrefixes\": [\"cn.jpush.android\", \"cn.jpush\"]", with: "\"packagePrefixes\": \"cn.jpush\"") }
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            guard case .badEntry(let file, _, let entry, let detail)? = e as? KnowledgeError else { return XCTFail("\(e)") }
            XCTAssertEqual(file, "curated-cn.json")
            XCTAssertEqual(entry, "jpush")
            XCTAssertTrue(detail.contains("packagePrefixes"), detail)
        }
    }

    func testNotJSONAndMissingFile() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.write("apis.json", "{ \"apis\": [ oops")
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.malformed")
            XCTAssertTrue("\(e)".contains("apis.json"))
        }
        try FileManager.default.removeItem(at: t.url.appendingPathComponent("permissions.json"))
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.unreadable")
            XCTAssertTrue("\(e)".contains("permissions.json"))
        }
    }
}
