/// Type 1: the app can collect an information type the policy never mentions.
/// SDK collection is judged by `policy.sdk-info-unattributed`; this rule looks at what the app
/// itself collects (its permissions and its own code).
struct UndisclosedInfoRule: Rule {
    let meta = RuleMeta(
        id: "policy.undisclosed-info",
        title: Localized(zh: "隐私政策未说明收集的个人信息", en: "Collected information not in the policy"),
        types: [1], miitCategory: "C2",
        legalBasis: [Law.rd("二.1"), Law.rd("三.3"), Law.pipl("第十七条")],
        severity: .high, confidence: .confirmed,
        checks: Localized(zh: "应用自身通过权限或API可收集某类个人信息，而隐私政策全文未提及该类信息。",
                          en: "The app can collect an information type through a permission or an API, and the policy never mentions that type."),
        remediation: Localized(zh: "在隐私政策中逐项列明收集的个人信息类型及其目的、方式、范围；不需要的权限和调用应删除。",
                               en: "List every information type collected with its purpose, method and scope in the policy; remove permissions and calls that are not needed."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable else { return [] }
        var out: [Finding] = []
        for (type, own) in RuleSupport.ownCapabilities(facts) {
            if ctx.policyMentions(policy, type) != nil { continue }
            if policy.negation(of: type) != nil { continue } // a contradiction, reported by policy.contradiction
            let proven = own.contains(where: RuleSupport.provenInPackage)
            let name = ctx.vocabulary.names([type])
            out.append(meta.finding(
                Localized(zh: "应用可收集「\(name.zh)」，隐私政策未提及。", en: "The app can collect \(name.en); the policy never mentions it."),
                evidence: RuleSupport.evidence(own) + [RuleSupport.policyMissing(policy, type.rawValue)],
                confidence: proven ? .confirmed : .suspected,
                // Sensitive information, or a permission the user is asked for, weighs more than
                // e.g. network state read silently.
                severity: ctx.vocabulary.isSensitive(type) || own.contains { $0.channel == .permission } ? .high : .medium))
        }
        return out
    }
}
