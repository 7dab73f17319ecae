/// Type 10: the package, the tester and the package's links offer no privacy policy at all.
struct PolicyMissingRule: Rule {
    let meta = RuleMeta(
        id: "policy.missing",
        title: Localized(zh: "未提供隐私政策", en: "No privacy policy"),
        types: [10], miitCategory: "C2",
        legalBasis: [Law.rd("一.1"), Law.pipl("第十七条")],
        severity: .high, confidence: .confirmed,
        checks: Localized(zh: "在安装包（资源、assets、字符串中的链接）和送检材料中均未找到隐私政策或其链接。",
                          en: "No privacy policy, nor a link to one, in the package (assets, resources, string URLs) or the supplied material."),
        remediation: Localized(zh: "制定隐私政策，在首次运行时以弹窗等显著方式提示用户阅读，并在应用内提供便捷入口。",
                               en: "Publish a privacy policy, show it prominently (a pop-up) on first run and keep an entry to it inside the app."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.availability == .absent else { return [] }
        let ev = policy.source.isEmpty
            ? [Evidence(.policyMissing, detail: "隐私政策 / 隐私协议 / 个人信息保护政策 / privacy policy")]
            : policy.source
        return [meta.finding(Localized(zh: "安装包与送检材料中均未发现隐私政策。", en: "No privacy policy was found in the package or the supplied material."),
                             evidence: ev)]
    }
}
