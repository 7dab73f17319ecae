/// C7: the clipboard is read.
struct ClipboardReadRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).clipboard-read",
            title: Localized(zh: "读取剪切板", en: "Clipboard read"),
            types: [], miitCategory: "C7",
            legalBasis: [Law.gb41391("6.1"), Law.rd("四.1")] + (platform == .miniprogram ? [Law.wx("wx.getClipboardData")] : []),
            severity: .low, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: platform == .android ? "应用或SDK调用 ClipboardManager 读取接口（getPrimaryClip 等）；需动态测试是否在无用户操作时读取。"
                                                        : "调用 wx.getClipboardData；需动态测试是否在无用户操作时读取。",
                              en: platform == .android ? "The app or an SDK calls ClipboardManager reads (getPrimaryClip...); a dynamic test must show whether it reads without a user action."
                                                       : "wx.getClipboardData is called; a dynamic test must show whether it reads without a user action."),
            remediation: Localized(zh: "仅在用户主动粘贴等操作时读取剪切板，并告知用途。", en: "Read the clipboard only on a user action such as paste, and say why."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        CollectorGroups.findings(meta, facts.collection.filter { $0.infoType == "clipboard" }, facts, zh: "剪切板", en: "the clipboard")
    }
}
