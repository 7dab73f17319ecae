/// C5: personalised recommendation or targeted ads without a way to turn them off.
struct NoPersonalisationOptOutRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-personalisation-optout",
        title: Localized(zh: "个性化推荐未提供关闭选项", en: "Personalised recommendation without an opt-out"),
        types: [], miitCategory: "C5",
        legalBasis: [Law.pipl("第二十四条"), Law.rd("三.6"), Law.algo("第十七条"), Law.gb35273("7.5")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策说明利用个人信息进行个性化推荐、定向推送或用户画像，但未说明关闭方式，应用界面文字中也没有个性化推荐开关。",
                          en: "The policy describes personalised recommendation, targeted push or profiling but no way to turn it off, and the UI text has no such switch."),
        remediation: Localized(zh: "提供不针对个人特征的选项或便捷的拒绝方式（如「个性化推荐」开关），并在隐私政策中写明关闭路径。",
                               en: "Offer a non-personalised option or an easy switch, and describe how to turn personalisation off in the policy."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.personalisation.described,
              !policy.personalisation.optOutDescribed else { return [] }
        if let ui = facts.ui, !ui.personalisationSwitch.isEmpty { return [] }
        // Without UI text we cannot rule out an in-app switch the policy does not mention.
        let uiSearched = facts.ui?.searched ?? false
        return [meta.finding(Localized(zh: "隐私政策描述了个性化推荐/定向推送，但未提供关闭方式。",
                                       en: "The policy describes personalised recommendation or targeted push without a way to turn it off."),
                             evidence: Array(policy.personalisation.evidence.prefix(3)) + [RuleSupport.policyMissing(policy, "关闭个性化推荐 / opt-out")],
                             confidence: uiSearched ? .confirmed : .suspected, needsDynamicCheck: !uiSearched)]
    }
}
