/// What a rule may consult besides the facts: the configuration and the vocabulary.
public struct RuleContext: Sendable {
    public var config: RuleConfig
    public var vocabulary: FactsVocabulary
    /// The app's category: the facts' own, else the one the configuration names.
    public var category: AppCategory?

    public init(config: RuleConfig = RuleConfig(), vocabulary: FactsVocabulary = .empty, category: AppCategory? = nil) {
        self.config = config; self.vocabulary = vocabulary; self.category = category
    }

    public var thresholds: RuleThresholds { config.thresholds }

    /// The policy mentions `type` (or, when allowed, a parent type such as "设备标识符" for IMEI).
    public func policyMentions(_ policy: PolicySummary, _ type: InfoType) -> InfoMention? {
        let candidates = thresholds.parentMentionCovers ? vocabulary.lineage(type) : [type]
        for t in candidates { if let m = policy.mention(of: t) { return m } }
        return nil
    }

    /// Same for a list the policy gives for one SDK.
    public func listCovers(_ list: [InfoType], _ type: InfoType) -> Bool {
        let candidates = thresholds.parentMentionCovers ? vocabulary.lineage(type) : [type]
        return candidates.contains { list.contains($0) }
    }
}
