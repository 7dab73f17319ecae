import XCTest
@testable import MingchaKit

/// Builders of small AppFacts for rule tests, and a way to run one rule through the engine.
enum TF {
    static let vocabulary: FactsVocabulary = (try? FactsVocabulary.load()) ?? .empty

    static func android(_ id: String = "com.example.app") -> AppFacts {
        var f = AppFacts(identity: AppIdentity(platform: .android, id: id))
        f.android = AndroidTraits(targetSdkVersion: 33, minSdkVersion: 21)
        return f
    }

    static func miniProgram(_ id: String = "wx0123456789abcdef") -> AppFacts {
        AppFacts(identity: AppIdentity(platform: .miniprogram, id: id))
    }

    static let policyFile = Evidence(.packageFile, file: "assets/privacy.html")

    static func sentence(_ s: String) -> Evidence { Evidence(.policySentence, file: "assets/privacy.html", detail: s) }

    /// A complete, compliant policy mentioning `types`; tests remove what they need removed.
    static func policy(mentions types: [InfoType] = []) -> PolicySummary {
        PolicySummary(
            availability: .inPackage, source: [policyFile],
            mentions: types.map { InfoMention(type: $0, purposeStated: true, necessityStated: true, evidence: [sentence("我们会收集\($0.rawValue)用于…")]) },
            deletion: DeletionTerms(described: true, limit: 15, unit: .workingDays, evidence: [sentence("我们将在15个工作日内完成注销")]),
            contact: ContactTerms(operatorName: "示例科技有限公司", channels: [.init(kind: .email, value: "privacy@example.com")], complaintChannel: true),
            personalisation: PersonalisationTerms(described: false))
    }

    static func permission(_ name: String, _ types: [InfoType], sensitive: Bool = true) -> PermissionFact {
        PermissionFact(name: name, infoTypes: types, sensitive: sensitive,
                       evidence: [Evidence(.manifestElement, file: "AndroidManifest.xml", location: "uses-permission", detail: name)])
    }

    static func collect(_ type: InfoType, by collector: CollectionFact.Collector = .app, via channel: CollectionFact.Channel = .api,
                        _ detail: String = "Lx;->y()V") -> CollectionFact {
        CollectionFact(infoType: type, collector: collector, channel: channel, evidence: [Evidence(.dexCall, file: "classes.dex", detail: detail)])
    }

    static func sdk(_ id: String, zh: String, en: String, vendor: String?, category: String = "analytics", collects: [InfoType] = []) -> SDKFact {
        SDKFact(id: id, nameZh: zh, nameEn: en, vendor: vendor, category: category, strength: .present, collects: collects,
                evidence: [Evidence(.dexClass, file: "classes.dex", detail: id)])
    }

    static func request(_ perms: [String], site: String = "Lcom/example/MainActivity;->onCreate", lifecycle: String? = "onCreate",
                        atLaunch: Bool = false, groups: [String] = [], types: [InfoType] = [], rationale: PermissionRequestFact.Rationale = .shown,
                        denialPersisted: Bool? = true, interval: Double? = nil) -> PermissionRequestFact {
        PermissionRequestFact(site: site, lifecycle: lifecycle, atLaunch: atLaunch, permissions: perms, groups: groups, infoTypes: types,
                              rationale: rationale, denialPersisted: denialPersisted, reRequestIntervalHours: interval,
                              evidence: [Evidence(.dexCall, file: "classes.dex", location: site, detail: "requestPermissions")])
    }

    /// Findings of one rule, run through the engine (so platform filtering and config apply).
    static func run(_ id: String, _ facts: AppFacts, config: RuleConfig = RuleConfig()) -> [Finding] {
        var c = config
        c.only = [id]
        guard let engine = try? RuleEngine(config: c, vocabulary: vocabulary) else {
            XCTFail("engine refused the configuration for \(id)")
            return []
        }
        let out = engine.run(facts)
        for f in out { XCTAssertEqual(f.ruleId, id) }
        return out
    }
}
