/// C7: "to improve your experience" given as the only purpose of collecting information.
struct ImproveExperienceOnlyRule: Rule {
    let meta = RuleMeta(
        id: "policy.improve-experience-only",
        title: Localized(zh: "以改善服务质量、提升用户体验为由收集个人信息", en: "\"Improve experience\" as the only purpose"),
        types: [1], miitCategory: "C7",
        legalBasis: [Law.rd("四.5"), Law.gb35273("5.3")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策以「提升用户体验」「改善服务质量」「研发新产品」作为收集某项信息的唯一目的。",
                          en: "The policy gives \"improve user experience\", \"improve service quality\" or \"develop new products\" as the only purpose of a collection."),
        remediation: Localized(zh: "说明每项信息服务于哪项具体业务功能；仅为改善体验的收集应单独征得同意且允许拒绝。",
                               en: "Tie each item to a concrete function; collection only to improve the experience needs separate, refusable consent."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, !policy.improveExperienceOnly.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "隐私政策有\(policy.improveExperienceOnly.count)处仅以改善体验为目的收集信息。",
                                       en: "The policy gives improving the experience as the only purpose in \(policy.improveExperienceOnly.count) place(s)."),
                             evidence: Array(policy.improveExperienceOnly.prefix(5)))]
    }
}
