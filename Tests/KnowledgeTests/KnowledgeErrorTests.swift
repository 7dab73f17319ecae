import Foundation
import XCTest
@testable import MingchaKit

/// Bad files give typed errors naming the file and the entry.
final class KnowledgeErrorTests: XCTestCase {
    /// Loading `t` fails on one entry, named by file, id or name, and the exact reason.
    private func assertBadEntry(_ t: TempSignatures, file: String, entry: String, detail: String,
                                line: UInt = #line) {
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: t.url), line: line) { e in
            guard case .badEntry(let f, _, let en, let d)? = e as? KnowledgeError else { return XCTFail("\(e)", line: line) }
            XCTAssertEqual(f, file, line: line)
            XCTAssertEqual(en, entry, line: line)
            XCTAssertEqual(d, detail, line: line)
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.bad-entry", line: line)
        }
    }

    func testMissingKeyNamesFileAndEntry() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("permissions.json") { $0.replacingOccurrences(of: "{\"name\": \"android.permission.CAMERA\", \"zh\": \"使用摄像头\", ", with: "{\"name\": \"android.permission.CAMERA\", ") }
        assertBadEntry(t, file: "permissions.json", entry: "android.permission.CAMERA", detail: "missing key \"zh\"")
    }

    func testWrongTypeInSDKFile() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("sdks/curated-cn.json") { $0.replacingOccurrences(of: "\"packagePrefixes\": [\"cn.jpush.android\", \"cn.jpush\"]", with: "\"packagePrefixes\": \"cn.jpush\"") }
        assertBadEntry(t, file: "curated-cn.json", entry: "jpush", detail: "packagePrefixes should be a list of strings")
    }

    func testUnknownAPIKindAndMissingListAreNamed() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("apis.json") { $0.replacingOccurrences(of: "\"infoTypes\": [\"serial\"], \"kind\": \"field\"", with: "\"infoTypes\": [\"serial\"], \"kind\": \"fild\"") }
        assertBadEntry(t, file: "apis.json", entry: "Build.SERIAL", detail: "kind should be \"method\" or \"field\"")
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

    /// The rule engine's own read of the vocabulary names the entry and key, or the missing file.
    func testBrokenVocabularyForTheRuleEngine() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("vocabulary.json") { $0.replacingOccurrences(of: "\"Location\",                   \"sensitive\": true}",
                                                               with: "\"Location\", \"sensitive\": \"yes\"}") }
        XCTAssertThrowsError(try FactsVocabulary.load(signatures: t.url)) { e in
            XCTAssertEqual((e as? FactsError)?.code, "facts.vocabulary-malformed")
            XCTAssertTrue("\(e)".contains("entry #1 (location): sensitive should be true or false"), "\(e)")
        }
        try FileManager.default.removeItem(at: t.url.appendingPathComponent("vocabulary.json"))
        XCTAssertThrowsError(try FactsVocabulary.load(signatures: t.url)) { e in
            XCTAssertEqual((e as? FactsError)?.code, "facts.vocabulary-unreadable")
        }
    }

    /// The policy term list: a required list left out, or of the wrong kind, is named.
    func testBrokenPolicyTermsNameTheKey() throws {
        let data = try Data(contentsOf: MingchaPaths.signatures.appendingPathComponent("policy-terms.json"))
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertNoThrow(try PolicyTerms.parse(JSONSerialization.data(withJSONObject: root), knowledge: nil))
        root["notInfo"] = nil
        XCTAssertThrowsError(try PolicyTerms.parse(JSONSerialization.data(withJSONObject: root), knowledge: nil)) {
            XCTAssertTrue("\($0)".hasSuffix("cannot be loaded: missing key \"notInfo\""), "\($0)")
        }
        root["notInfo"] = []
        root["rights"] = ["access": "查阅"]
        XCTAssertThrowsError(try PolicyTerms.parse(JSONSerialization.data(withJSONObject: root), knowledge: nil)) {
            XCTAssertTrue("\($0)".hasSuffix("rights.access should be a list of strings"), "\($0)")
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

    func testMissingNameAndBrokenSyntaxAreNamed() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.edit("sdks/curated-cn.json") { $0.replacingOccurrences(of: "\"id\": \"jpush\", \"nameZh\": \"极光推送\", \"nameEn\": \"JPush\",", with: "\"id\": \"jpush\", \"nameZh\": \"极光推送\",") }
        assertBadEntry(t, file: "curated-cn.json", entry: "jpush", detail: "missing key \"nameEn\"")
        let u = try TempSignatures.copyOfReal(); defer { u.remove() }
        try u.write("sdks/extra.json", "{\"sdks\": [\n  {\"id\": \"x\",,}\n]}")
        XCTAssertThrowsError(try KnowledgeBase.load(signatures: u.url)) { e in
            XCTAssertEqual((e as? KnowledgeError)?.code, "kb.malformed")
            XCTAssertTrue("\(e)".contains("extra.json"), "\(e)")
            XCTAssertTrue("\(e)".contains("line 2 column 14"), "\(e)")
        }
    }
}
