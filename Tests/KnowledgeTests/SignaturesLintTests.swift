import Foundation
import XCTest
@testable import MingchaKit

/// Lint is clean on the real files and catches each seeded problem.
final class SignaturesLintTests: XCTestCase {
    func testRealFilesHaveNoErrors() {
        let errors = SignaturesLint.run().filter { $0.severity == .error }
        XCTAssertEqual(errors, [], errors.map(\.description).joined(separator: "\n"))
    }

    func testSeededProblemsAreCaught() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        // Unknown info type on a permission.
        try t.edit("permissions.json") { $0.replacingOccurrences(of: "\"infoTypes\": [\"calendar\"], \"protection\": \"dangerous\", \"sensitive\": true}", with: "\"infoTypes\": [\"calender\"], \"protection\": \"dangerous\", \"sensitive\": true}") }
        // A second curated SDK claiming JPush's prefix; a broken init descriptor; collects without collectsKnown; unknown category.
        try t.edit("sdks/curated-cn.json") {
            $0.replacingOccurrences(of: "  \"sdks\": [\n", with: """
              "sdks": [
                {"id": "seeded-clash", "nameEn": "Seeded", "category": "push", "packagePrefixes": ["cn.jpush.android"], "initMethods": ["com.x.Y.init"], "collects": ["imei"], "collectsKnown": false},
                {"id": "seeded-category", "nameEn": "Seeded 2", "category": "pushes", "packagePrefixes": ["com.seeded.two", "com..bad"]},

            """)
        }
        // A category pointing at a permission that does not exist.
        try t.edit("categories.json") { $0.replacingOccurrences(of: "\"necessaryPermissions\": [\"android.permission.ACCESS_FINE_LOCATION\", \"android.permission.ACCESS_COARSE_LOCATION\"], \"noPersonalInfoNeeded\": false}", with: "\"necessaryPermissions\": [\"android.permission.ACCESS_FINEST_LOCATION\"], \"noPersonalInfoNeeded\": false}") }
        let issues = SignaturesLint.run(root: t.url)
        func has(_ code: String, _ entry: String?) -> Bool { issues.contains { $0.code == code && $0.entry == entry && $0.severity == .error } }
        XCTAssertTrue(has("unknown-info-type", "android.permission.READ_CALENDAR"), "\(issues)")
        XCTAssertTrue(has("duplicate-pattern", "seeded-clash") || has("duplicate-pattern", "jpush"), "\(issues)")
        XCTAssertTrue(has("bad-descriptor", "seeded-clash"))
        XCTAssertTrue(has("collects-unknown", "seeded-clash"))
        XCTAssertTrue(has("unknown-category", "seeded-category"))
        XCTAssertTrue(has("bad-pattern", "seeded-category"))
        XCTAssertTrue(has("broken-reference", "map"))
    }

    func testUnloadableFileIsOneError() throws {
        let t = try TempSignatures.copyOfReal(); defer { t.remove() }
        try t.write("vocabulary.json", "[]")
        let issues = SignaturesLint.run(root: t.url)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.code, "kb.malformed")
        XCTAssertEqual(issues.first?.file, "vocabulary.json")
    }

    func testStatsCountWhatWasLoaded() throws {
        let kb = try KnowledgeBase.load()
        let s = SignaturesStats(kb, appCategories: 39)
        XCTAssertEqual(s.sdks, kb.sdks.count)
        XCTAssertEqual(s.sdksBySource.map(\.count).reduce(0, +), kb.sdks.count)
        XCTAssertEqual(s.sdksWithKnownCollection, kb.sdks.filter(\.collectsKnown).count)
        XCTAssertEqual(s.patternsByKind.first { $0.key == "packagePrefix" }?.count, kb.sdks.map(\.packagePrefixes.count).reduce(0, +))
        XCTAssertTrue(s.markdown.contains("| curated-cn |"))
    }
}
