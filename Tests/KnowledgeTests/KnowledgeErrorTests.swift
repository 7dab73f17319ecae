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

    func testUnknownAPIKindAndMissingListAreNamed() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("apis.json") { $0.replacingOccurrences(of: "\"infoTypes\": [\"serial\"], \"kind\": \"field\"", with: "\"infoTypes\": [\"serial\"], \"kind\": \"fild\"") }
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            guard case .badEntry(let file, _, let entry, let detail)? = e as? KnowledgeError else { return XCTFail("\(e)") }
            XCTAssertEqual(file, "apis.json")
            XCTAssertEqual(entry, "Build.SERIAL")
            XCTAssertEqual(detail, "kind should be \"method\" or \"field\"")
        }
        try t.write("sdk-categories.json", "{\"version\": \"1\"}")
        try t.edit("apis.json") { $0.replacingOccurrences(of: "\"fild\"", with: "\"field\"") }
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            XCTAssertEqual(e as? KnowledgeError, .malformed(file: "sdk-categories.json", detail: "missing list \"categories\""))
        }
    }

    /// The rule engine's vocabulary (read on its own) and the knowledge base's are the same entries.
    func testVocabularyReadTheSameBothWays() throws {
        let kb = try KnowledgeBase.load()
        let vocabulary = try FactsVocabulary.load()
        XCTAssertGreaterThan(kb.vocabulary.count, 30)
        XCTAssertEqual(vocabulary.entries, Dictionary(uniqueKeysWithValues: kb.vocabulary.map { ($0.id, $0) }))
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

    func testMissingNameAndBrokenSyntaxAreNamed() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("sdks/curated-cn.json") { $0.replacingOccurrences(of: "\"id\": \"jpush\", \"nameZh\": \"极光推送\", \"nameEn\": \"JPush\",", with: "\"id\": \"jpush\", \"nameZh\": \"极光推送\",") }
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url)) { e in
            guard case .badEntry(let file, _, let entry, let detail)? = e as? KnowledgeError else { return XCTFail("\(e)") }
            XCTAssertEqual(file, "curated-cn.json")
            XCTAssertEqual(entry, "jpush")
            XCTAssertEqual(detail, "missing key \"nameEn\"")
        }
        let u = try TempSignatures.copyOfReal(); defer { u.remove() }
        try u.write("sdks/extra.json", "{\"sdks\": [\n  {\"id\": \"x\",,}\n]}")
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: u.url)) { e in
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.malformed")
            XCTAssertTrue("\(e)".contains("extra.json"), "\(e)")
            XCTAssertTrue("\(e)".contains("line 2 column 14"), "\(e)")
        }
    }
}
