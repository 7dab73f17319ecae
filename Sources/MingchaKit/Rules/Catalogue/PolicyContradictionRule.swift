/// Type 1: the policy says it does not collect X, and the package can collect X.
struct PolicyContradictionRule: Rule {
    let meta = RuleMeta(
        id: "policy.contradiction",
        title: Localized(zh: "实际收集行为与隐私政策声明相矛盾", en: "Collection contradicts the policy"),
        types: [1], miitCategory: "C2",
        legalBasis: [Law.rd("三.9"), Law.pipl("第七条")],
        severity: .high, confidence: .confirmed,
        checks: Localized(zh: "隐私政策声明不收集某类信息，而应用或其SDK具备收集该信息的权限或调用。",
                          en: "The policy states an information type is not collected, yet the app or an SDK has the permission or call to collect it."),
        remediation: Localized(zh: "删除相应权限和调用（含SDK中的），或如实修改隐私政策并重新征得同意。",
                               en: "Remove the permission and calls (including in SDKs), or correct the policy and ask for consent again."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, !policy.negations.isEmpty else { return [] }
        var out: [Finding] = []
        var capabilities: [InfoType: [CollectionFact]] = [:]
        for (t, cs) in RuleSupport.collectedTypes(facts) { capabilities[t, default: []] += cs }
        for (t, cs) in RuleSupport.ownCapabilities(facts) where cs.contains(where: { $0.channel == .permission }) {
            capabilities[t, default: []] += cs.filter { $0.channel == .permission }
        }
        for type in capabilities.keys.sorted() {
            var seen = Set<CollectionFact>()
            let cs = (capabilities[type] ?? []).filter { seen.insert($0).inserted } // keeps the facts' order
            guard let neg = ctx.vocabulary.lineage(type).lazy.compactMap({ policy.negation(of: $0) }).first else { continue }
            let name = ctx.vocabulary.names([type])
            let who = Array(Set(cs.map { RuleSupport.collectorName($0.collector, facts).zh })).sorted()
            let whoEn = Array(Set(cs.map { RuleSupport.collectorName($0.collector, facts).en })).sorted()
            let proven = cs.contains(where: RuleSupport.provenInPackage)
            out.append(meta.finding(
                Localized(zh: "隐私政策称不收集「\(name.zh)」，但\(who.joined(separator: "、"))可收集该信息。",
                          en: "The policy says \(name.en) is not collected, but \(whoEn.joined(separator: ", ")) can collect it."),
                evidence: Array(neg.evidence.prefix(2)) + RuleSupport.evidence(cs),
                confidence: proven ? .confirmed : .suspected))
        }
        return out
    }
}
