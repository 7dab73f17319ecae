import XCTest
@testable import MingchaKit

final class CategoryCatalogueTests: XCTestCase {
    let dir = MingchaPaths.testFixtures.appendingPathComponent("rules")

    func testResolveByIdChineseAndEnglishName() throws {
        let cats = try CategoryCatalogue.load(signatures: dir)
        XCTAssertEqual(cats.categories.count, 3)
        XCTAssertEqual(cats.resolve("地图导航")?.necessaryInfoTypes, ["location"])
        XCTAssertEqual(cats.resolve("MAP")?.nameZh, "地图导航")
        XCTAssertEqual(cats.resolve("maps and navigation")?.id, "map")
        XCTAssertEqual(cats.resolve("即时通信")?.necessaryPermissions, ["android.permission.READ_CONTACTS"])
        XCTAssertEqual(cats.resolve("新闻资讯")?.source?.detail, "--category = 新闻资讯")
        XCTAssertNil(cats.resolve("网络赌博"))
    }

    func testEngineUsesCatalogue() throws {
        let cats = try CategoryCatalogue.load(signatures: dir)
        var c = RuleConfig(); c.category = "新闻资讯"; c.only = ["android.excessive-permission"]
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.ACCESS_FINE_LOCATION", ["location"])]
        let out = try RuleEngine(config: c, vocabulary: TF.vocabulary, resolveCategory: { cats.resolve($0) }).run(f)
        XCTAssertEqual(out.count, 1)
        XCTAssertTrue(out[0].evidence.contains { $0.kind == .input })
    }

    func testBadFiles() {
        XCTAssertThrowsError(try CategoryCatalogue.load(signatures: dir.appendingPathComponent("nowhere"))) { e in
            XCTAssertEqual((e as? FactsError)?.code, "facts.categories-unreadable")
        }
    }

    /// When the knowledge base's categories.json exists, every category loads and resolves by its name.
    func testRealCategoriesFileWhenPresent() throws {
        let real = MingchaPaths.sourceRoot.appendingPathComponent("Signatures/categories.json")
        guard FileManager.default.fileExists(atPath: real.path) else { return }
        let cats = try CategoryCatalogue.load(signatures: real.deletingLastPathComponent())
        XCTAssertGreaterThanOrEqual(cats.categories.count, 39)
        for c in cats.categories { XCTAssertEqual(cats.resolve(c.nameZh)?.id, c.id) }
    }
}

final class StandardEngineTests: XCTestCase {
    func testStandardEngineResolvesCategoryFromSignaturesFolder() throws {
        // A Signatures folder with the real vocabulary and the test categories.
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-sig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try FileManager.default.copyItem(at: MingchaPaths.sourceRoot.appendingPathComponent("Signatures/vocabulary.json"), to: tmp.appendingPathComponent("vocabulary.json"))
        try FileManager.default.copyItem(at: MingchaPaths.testFixtures.appendingPathComponent("rules/categories.json"), to: tmp.appendingPathComponent("categories.json"))
        var c = RuleConfig(); c.category = "map"
        let engine = try RuleEngine.standard(config: c, signatures: tmp)
        XCTAssertEqual(engine.configuredCategory?.nameZh, "地图导航")
        XCTAssertTrue(engine.vocabulary.isSensitive("location"))
        c.category = "no-such-category"
        XCTAssertThrowsError(try RuleEngine.standard(config: c, signatures: tmp)) { e in
            XCTAssertEqual((e as? RuleConfigError)?.code, "rules.unknown-category")
        }
    }
}
