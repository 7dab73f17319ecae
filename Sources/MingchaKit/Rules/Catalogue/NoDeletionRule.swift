/// Type 7: the policy describes no way to delete the account.
struct NoDeletionRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-deletion",
        title: Localized(zh: "隐私政策未提供账号注销途径", en: "No account-deletion path in the policy"),
        types: [7], miitCategory: nil,
        legalBasis: [Law.rd("六.1"), Law.pipl("第四十七条"), Law.gb35273("8.5")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策未说明注销账号的方法和路径。", en: "The policy does not say how to delete the account."),
        remediation: Localized(zh: "提供便捷的在线注销功能，并在隐私政策中写明注销路径（如「我的-设置-账号与安全-注销账号」）和处理时限。",
                               en: "Offer account deletion in the app and describe its path (e.g. Me > Settings > Account > Delete) and time limit in the policy."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, !policy.deletion.described else { return [] }
        return [meta.finding(Localized(zh: "隐私政策未说明如何注销账号。", en: "The policy does not describe account deletion."),
                             evidence: [RuleSupport.policyMissing(policy, "注销 / 删除账号 / account deletion")])]
    }
}
