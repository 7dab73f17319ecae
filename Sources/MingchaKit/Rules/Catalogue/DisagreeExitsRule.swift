/// Type 2: choosing "disagree" ends the app instead of offering a basic mode.
struct DisagreeExitsRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).disagree-exits",
            title: Localized(zh: "不同意隐私政策即退出应用", en: "Disagreeing exits the app"),
            types: [2], miitCategory: "C4",
            legalBasis: [Law.rd("四.2"), Law.npi("第四条"), Law.pipl("第十六条")],
            severity: .high, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: "隐私政策弹窗中「不同意」的处理代码调用退出（finish、System.exit、killProcess、wx.exitMiniProgram）或循环弹窗，且未发现基本功能/游客模式。",
                              en: "The consent dialog's \"disagree\" handler exits (finish, System.exit, killProcess, wx.exitMiniProgram) or re-shows the dialog, and no basic/guest mode was found."),
            remediation: Localized(zh: "用户不同意时提供仅浏览等基本功能模式，或仅拒绝非必要功能，不得直接退出。",
                                   en: "When the user disagrees, offer a basic browse-only mode instead of exiting."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        if facts.consent.guestMode == true { return [] }
        return facts.consent.disagreeHandlers.filter { $0.exits }.map { h in
            meta.finding(Localized(zh: "「不同意」处理（\(h.site)）调用\(h.exitCall ?? "退出")。", en: "The disagree handler (\(h.site)) calls \(h.exitCall ?? "exit")."),
                         evidence: h.evidence)
        }
    }
}
