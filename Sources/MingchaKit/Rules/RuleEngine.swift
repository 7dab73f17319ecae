import Foundation

/// Runs the enabled rules of the catalogue over one app's facts and returns its findings in a
/// stable order (same facts and configuration: same bytes out).
public struct RuleEngine: Sendable {
    public let rules: [Rule]
    public let config: RuleConfig
    public let vocabulary: FactsVocabulary
    /// The category named by the configuration, resolved by the caller (knowledge base).
    public let configuredCategory: AppCategory?

    /// Rules are checked against the configuration here, so a bad id fails before any app is scanned.
    /// `resolveCategory` turns `config.category` into an `AppCategory` (nil: unknown category).
    public init(rules: [Rule] = RuleCatalogue.all, config: RuleConfig = RuleConfig(), vocabulary: FactsVocabulary = .empty,
                resolveCategory: ((String) -> AppCategory?)? = nil) throws {
        try config.validate(knownIds: Set(rules.map { $0.meta.id }))
        var category: AppCategory?
        if let name = config.category, let resolveCategory {
            guard let c = resolveCategory(name) else { throw RuleConfigError.unknownCategory(name) }
            category = c
        }
        self.rules = rules.sorted { $0.meta.id < $1.meta.id }
        self.config = config
        self.vocabulary = vocabulary
        self.configuredCategory = category
    }

    /// Rules that would run for a platform under this configuration.
    public func activeRules(for platform: AppIdentity.Platform) -> [Rule] {
        rules.filter { $0.meta.platforms.contains(platform) && config.isEnabled($0.meta.id) }
    }

    /// The effective metadata of a rule (severity override applied).
    public func effectiveMeta(_ rule: Rule) -> RuleMeta {
        var m = rule.meta
        if let s = config.severity[m.id] { m.severity = s }
        return m
    }

    public func run(_ facts: AppFacts) -> [Finding] {
        let ctx = RuleContext(config: config, vocabulary: vocabulary, category: facts.category ?? configuredCategory)
        var out: [Finding] = []
        for rule in activeRules(for: facts.identity.platform) {
            for var f in rule.evaluate(facts, ctx) {
                if let s = config.severity[f.ruleId] { f.severity = s }
                out.append(f)
            }
        }
        return FindingOrder.sortedUnique(out)
    }
}

/// The one order findings are reported in: severity (high first), rule id, SDK, first evidence,
/// message. Exact duplicates are dropped.
public enum FindingOrder {
    public static func sortedUnique(_ findings: [Finding]) -> [Finding] {
        var seen = Set<Finding>()
        var unique: [Finding] = []
        unique.reserveCapacity(findings.count)
        for f in findings where seen.insert(f).inserted { unique.append(f) }
        let keyed = unique.map { f in (f, key(f)) }
        return keyed.sorted { a, b in
            if a.0.severity != b.0.severity { return a.0.severity > b.0.severity }
            return a.1.lexicographicallyPrecedes(b.1)
        }.map { $0.0 }
    }

    private static func key(_ f: Finding) -> [String] {
        [f.ruleId, f.sdk ?? "", f.evidence.first?.oneLine ?? "", f.message.en, f.message.zh, String(f.evidence.count)]
    }
}

extension RuleEngine {
    /// The engine the scanner uses: the whole catalogue, the vocabulary from `Signatures/`, and the
    /// configuration (file + flags) already merged by the caller. A configured category is resolved
    /// through `resolveCategory`, else through `Signatures/categories.json`.
    public static func standard(config: RuleConfig = RuleConfig(), signatures: URL = MingchaPaths.signatures,
                                resolveCategory: ((String) -> AppCategory?)? = nil) throws -> RuleEngine {
        var resolve = resolveCategory
        if resolve == nil, config.category != nil {
            let catalogue = try CategoryCatalogue.load(signatures: signatures)
            resolve = { catalogue.resolve($0) }
        }
        return try RuleEngine(config: config, vocabulary: FactsVocabulary.load(signatures: signatures), resolveCategory: resolve)
    }
}
