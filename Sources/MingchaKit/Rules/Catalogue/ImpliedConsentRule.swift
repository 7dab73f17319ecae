/// Type 3: "登录即代表同意"-style wording with no tick box to opt in.
struct ImpliedConsentRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).implied-consent",
            title: Localized(zh: "以默示方式取得同意", en: "Consent implied by using the app"),
            types: [3], miitCategory: "C4",
            legalBasis: [Law.rd("三.4"), Law.m26, Law.pipl("第十四条")],
            severity: .medium, confidence: .confirmed, platforms: [platform],
            checks: Localized(zh: "界面文字或隐私政策含「登录即代表同意」「继续使用即视为同意」等默示同意表述，且未发现可由用户主动勾选的同意框。",
                              en: "UI text or the policy says using or logging in means agreeing (\"登录即代表同意\") and no opt-in tick box was found."),
            remediation: Localized(zh: "提供未默认勾选的同意框或明确的「同意」按钮，由用户主动作出同意。",
                                   en: "Add an unchecked tick box or an explicit \"agree\" button so that consent is an act of the user."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        // UI wording, and the same clause inside the policy ("继续使用即视为同意").
        let wording = facts.consent.impliedConsentWording + (facts.policy?.impliedConsent ?? [])
        guard !wording.isEmpty else { return [] }
        // An unchecked box the user must tick makes the wording harmless.
        if facts.consent.agreementCheckboxes.contains(where: { !$0.checkedByDefault }) { return [] }
        return [meta.finding(Localized(zh: "界面以默示方式取得同意（\(wording.count)处），无主动勾选。",
                                       en: "The UI implies consent (\(wording.count) place(s)) without an opt-in tick box."),
                             evidence: Array(wording.prefix(5)))]
    }
}
