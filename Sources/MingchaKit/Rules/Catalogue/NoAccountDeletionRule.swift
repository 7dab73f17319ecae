/// Type 7: the app has accounts, but its UI text has no way to delete one.
struct NoAccountDeletionRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).no-account-deletion",
            title: Localized(zh: "未提供账号注销功能", en: "No account deletion in the app"),
            types: [7], miitCategory: nil,
            legalBasis: [Law.rd("六.1"), Law.pipl("第四十七条"), Law.gb35273("8.5"), Law.m337],
            severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: "应用有登录/注册等账号功能，但界面文字中没有「注销账号」「删除账户」等入口（入口可能在网页中，需人工确认）。",
                              en: "The app has accounts (login/register) but no \"注销账号\"-style entry in its UI text (it may live in a web page: check by hand)."),
            remediation: Localized(zh: "在应用内提供便捷的账号注销入口，并在15个工作日内完成注销。", en: "Offer account deletion inside the app and complete it within 15 working days."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let ui = facts.ui, ui.searched, ui.hasAccounts, ui.accountDeletionEntry.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "应用有账号功能，界面文字中未发现注销入口。", en: "The app has accounts but its UI text offers no account deletion."),
                             evidence: Array(ui.accountEvidence.prefix(3)) + [Evidence(.policyMissing, detail: "注销账号 / 删除账户 / account deletion (UI text)")])]
    }
}
