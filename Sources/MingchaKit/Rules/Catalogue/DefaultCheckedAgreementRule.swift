/// Type 3: the agreement tick box is checked as shipped.
struct DefaultCheckedAgreementRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        let shown = platform == .android ? "布局中 android:checked=\"true\"" : "WXML 中 checked 为真"
        meta = RuleMeta(
            id: "\(platform.rulePrefix).default-checked-agreement",
            title: Localized(zh: "默认勾选同意隐私政策", en: "Agreement ticked by default"),
            types: [3], miitCategory: "C4",
            legalBasis: [Law.rd("三.4"), Law.m26, Law.pipl("第十四条")],
            severity: .high, confidence: .confirmed, platforms: [platform],
            checks: Localized(zh: "隐私政策/用户协议旁的勾选框默认处于选中状态（\(shown)）。",
                              en: "The tick box next to the policy / agreement is checked as shipped (\(platform == .android ? "android:checked=\"true\" in the layout" : "checked in the WXML"))."),
            remediation: Localized(zh: "同意勾选框默认不选中，由用户主动勾选后才能继续。", en: "Ship the tick box unchecked; let the user tick it before continuing."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let boxes = facts.consent.agreementCheckboxes.filter { $0.checkedByDefault }
        guard !boxes.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "\(boxes.count)处同意勾选框默认已勾选。", en: "\(boxes.count) agreement tick box(es) are checked by default."),
                             evidence: Array(boxes.flatMap { $0.evidence }.prefix(6)))]
    }
}
