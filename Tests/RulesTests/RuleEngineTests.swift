import XCTest
@testable import MingchaKit

final class RuleEngineTests: XCTestCase {
    /// An app that trips many rules at once.
    func noisyApp() -> AppFacts {
        var f = TF.android()
        f.permissions = [TF.permission("android.permission.READ_CONTACTS", ["contacts"])]
        f.collection = [TF.collect("contacts", via: .permission), TF.collect("imei"), TF.collect("app_list", by: .sdk("getui"))]
        f.sdks = [TF.sdk("getui", zh: "个推", en: "Getui", vendor: "每日互动股份有限公司", category: "push")]
        f.policy = TF.policy()
        f.policy?.deletion = DeletionTerms(described: false)
        f.autostart = [AutostartFact(kind: .selfStart, trigger: "BOOT_COMPLETED", component: "a.B", evidence: [])]
        f.permissionRequests = [TF.request(["android.permission.READ_CONTACTS"], atLaunch: true, rationale: .none)]
        return f
    }

    func testDisableAndOnly() throws {
        let all = try RuleEngine(vocabulary: TF.vocabulary).run(noisyApp())
        XCTAssertTrue(all.contains { $0.ruleId == "android.self-start" })
        var c = RuleConfig(); c.disabled = ["android.self-start"]
        let fewer = try RuleEngine(config: c, vocabulary: TF.vocabulary).run(noisyApp())
        XCTAssertFalse(fewer.contains { $0.ruleId == "android.self-start" })
        XCTAssertEqual(fewer.count, all.count - all.filter { $0.ruleId == "android.self-start" }.count)
        c = RuleConfig(); c.only = ["policy.no-deletion"]
        XCTAssertEqual(try RuleEngine(config: c, vocabulary: TF.vocabulary).run(noisyApp()).map(\.ruleId), ["policy.no-deletion"])
    }

    func testSeverityOverrideAndOrder() throws {
        var c = RuleConfig()
        try c.setSeverity("android.self-start=high")
        let out = try RuleEngine(config: c, vocabulary: TF.vocabulary).run(noisyApp())
        XCTAssertEqual(out.first { $0.ruleId == "android.self-start" }?.severity, .high)
        // Order: severity descending, then rule id.
        for (a, b) in zip(out, out.dropFirst()) {
            XCTAssertTrue(a.severity > b.severity || (a.severity == b.severity && a.ruleId <= b.ruleId), "\(a.ruleId) before \(b.ruleId)")
        }
        XCTAssertThrowsError(try c.setSeverity("android.self-start=urgent"))
        XCTAssertThrowsError(try c.setSeverity("nonsense"))
    }

    func testDeterministicRegardlessOfFactOrder() throws {
        let engine = try RuleEngine(vocabulary: TF.vocabulary)
        var f = noisyApp()
        let a = try JSONOutput.string(engine.run(f))
        f.collection.reverse(); f.permissions.reverse(); f.sdks.reverse()
        let b = try JSONOutput.string(engine.run(f))
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, try JSONOutput.string(engine.run(noisyApp())))
    }

    func testDuplicatesDropped() {
        let f = TF.android()
        let meta = RuleCatalogue.rule(id: "policy.vague")!.meta
        let x = meta.finding(Localized(zh: "a", en: "a"), evidence: [])
        XCTAssertEqual(FindingOrder.sortedUnique([x, x]).count, 1)
        _ = f
    }

    func testUnknownRuleIdRejected() {
        var c = RuleConfig(); c.disabled = ["policy.typo"]
        XCTAssertThrowsError(try RuleEngine(config: c)) { e in
            XCTAssertEqual((e as? RuleConfigError)?.code, "rules.unknown-rule")
        }
    }

    func testConfigFileLoading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.json")
        try #"{"disabled":["policy.vague"],"severity":{"android.app-list":"low"},"category":"新闻资讯","thresholds":{"deletionWorkingDays":10}}"#
            .write(to: good, atomically: true, encoding: .utf8)
        let c = try RuleConfig.load(path: good.path)
        XCTAssertEqual(c.disabled, ["policy.vague"])
        XCTAssertEqual(c.severity["android.app-list"], .low)
        XCTAssertEqual(c.category, "新闻资讯")
        XCTAssertEqual(c.thresholds.deletionWorkingDays, 10)
        XCTAssertEqual(c.thresholds.reRequestHours, 48, "unset thresholds keep their defaults")

        func code(_ text: String) -> String? {
            let p = dir.appendingPathComponent("bad.json")
            try? text.write(to: p, atomically: true, encoding: .utf8)
            do { _ = try RuleConfig.load(path: p.path); return nil } catch { return (error as? RuleConfigError)?.code }
        }
        XCTAssertEqual(code(#"{"disable":["policy.vague"]}"#), "rules.config-unknown-key")
        XCTAssertEqual(code(#"{"thresholds":{"deletionDays":3}}"#), "rules.config-unknown-key")
        XCTAssertEqual(code(#"{"severity":{"policy.vague":"urgent"}}"#), "rules.config-malformed")
        XCTAssertEqual(code("{not json"), "rules.config-malformed")
        XCTAssertEqual(code(#"{"disabled":"policy.vague"}"#), "rules.config-malformed")
        XCTAssertThrowsError(try RuleConfig.load(path: dir.appendingPathComponent("missing.json").path)) { e in
            XCTAssertEqual((e as? RuleConfigError)?.code, "rules.config-unreadable")
        }
        var bad = RuleConfig(); bad.thresholds.deletionWorkingDays = 0
        XCTAssertThrowsError(try RuleEngine(config: bad)) { e in XCTAssertEqual((e as? RuleConfigError)?.code, "rules.bad-threshold") }
    }

    func testPlatformFiltering() throws {
        var m = TF.miniProgram()
        m.collection = [TF.collect("imei"), TF.collect("app_list")]
        let out = try RuleEngine(vocabulary: TF.vocabulary).run(m)
        XCTAssertFalse(out.contains { $0.ruleId.hasPrefix("android.") })
    }
}

final class ScanOptionsConfigTests: XCTestCase {
    func testCategoryFlagOverridesFile() throws {
        let p = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-opts-\(UUID().uuidString).json")
        try #"{"category":"地图导航","disabled":["policy.vague"]}"#.write(to: p, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: p) }
        var o = ScanOptions()
        XCTAssertEqual(try o.ruleConfig(), RuleConfig())
        o.ruleConfigPath = p.path
        XCTAssertEqual(try o.ruleConfig().category, "地图导航")
        o.category = "新闻资讯"
        let c = try o.ruleConfig()
        XCTAssertEqual(c.category, "新闻资讯")
        XCTAssertEqual(c.disabled, ["policy.vague"])
    }
}

final class ExampleConfigTests: XCTestCase {
    /// The example configuration shipped with the tests loads and names only real rules.
    func testExampleConfigLoads() throws {
        let c = try RuleConfig.load(path: MingchaPaths.testFixtures.appendingPathComponent("rules/example-config.json").path)
        try c.validate(knownIds: Set(RuleCatalogue.all.map { $0.meta.id }))
        XCTAssertEqual(c.thresholds.sdkMinimumStrength, .referenced)
        XCTAssertEqual(c.thresholds.vagueMarkers, 3)
        XCTAssertFalse(c.isEnabled("policy.vague"))
        XCTAssertTrue(c.isEnabled("policy.missing"))
    }
}
