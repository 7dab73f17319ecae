/// Type 1: the policy gives no way to withdraw consent.
struct NoWithdrawalRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-withdrawal",
        title: Localized(zh: "未提供撤回同意的途径", en: "No way to withdraw consent"),
        types: [1], miitCategory: "C2",
        legalBasis: [Law.rd("三.8"), Law.pipl("第十五条")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策未说明如何撤回对收集使用个人信息的同意，且应用界面文字中也没有「撤回同意」入口。",
                          en: "The policy does not say how to withdraw consent, and the UI text has no withdraw-consent entry."),
        remediation: Localized(zh: "提供便捷的撤回同意方式（如设置中的「撤回隐私政策同意」），并在隐私政策中写明路径及撤回的效果。",
                               en: "Offer an easy way to withdraw consent (e.g. in Settings) and describe its path and effect in the policy."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.withdrawalDescribed == false else { return [] }
        if let ui = facts.ui, !ui.withdrawConsentEntry.isEmpty { return [] }
        return [meta.finding(Localized(zh: "隐私政策未说明撤回同意的途径。", en: "The policy does not describe how to withdraw consent."),
                             evidence: [RuleSupport.policyMissing(policy, "撤回同意 / withdraw consent")])]
    }
}
