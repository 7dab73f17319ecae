/// Type 1: the policy carries no update or effective date, so changes cannot be told apart.
struct PolicyNoDateRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-date",
        title: Localized(zh: "隐私政策未标注更新或生效日期", en: "Policy without an update or effective date"),
        types: [1], miitCategory: nil,
        legalBasis: [Law.rd("二.2"), Law.pipl("第十四条")],
        severity: .low, confidence: .confirmed,
        checks: Localized(zh: "隐私政策正文中没有「更新日期」「生效日期」等日期。", en: "The policy text has no update or effective date."),
        remediation: Localized(zh: "在隐私政策显著位置标注更新日期和生效日期，变更时提示用户重新阅读。",
                               en: "Show the update and effective dates prominently, and ask users to read the policy again when it changes."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.updatedDate == nil, policy.effectiveDate == nil else { return [] }
        return [meta.finding(Localized(zh: "隐私政策未标注更新或生效日期。", en: "The policy has no update or effective date."),
                             evidence: [RuleSupport.policyMissing(policy, "更新日期 / 生效日期")])]
    }
}
