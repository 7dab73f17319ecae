/// Types 6 and 10: a mini-program uses privacy APIs with no privacy-authorisation flow at all.
struct NoConsentFlowRule: Rule {
    let meta = RuleMeta(
        id: "miniprogram.no-consent-flow",
        title: Localized(zh: "调用隐私接口但无隐私授权流程", en: "Privacy APIs without a consent flow"),
        types: [6, 10], miitCategory: "C2",
        legalBasis: [Law.wx("小程序隐私协议开发指南"), Law.rd("一.2"), Law.rd("三.1"), Law.pipl("第十四条")],
        severity: .high, confidence: .confirmed, platforms: [.miniprogram],
        checks: Localized(zh: "代码调用隐私接口（位置、手机号、相册、剪切板等），但没有 wx.getPrivacySetting / onNeedPrivacyAuthorization / requirePrivacyAuthorize / agreePrivacyAuthorization 等隐私授权流程。",
                          en: "Privacy APIs (location, phone number, album, clipboard...) are used, but there is no getPrivacySetting / onNeedPrivacyAuthorization / requirePrivacyAuthorize / agreePrivacyAuthorization flow."),
        remediation: Localized(zh: "配置《小程序用户隐私保护指引》，并在调用隐私接口前展示隐私弹窗、取得用户同意。",
                               en: "Configure the privacy guide in the admin console and show the privacy prompt and get consent before calling privacy APIs."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard facts.consent.flowPresent == false else { return [] }
        let uses = facts.collection.filter { $0.channel == .miniProgramAPI || $0.channel == .component }
        guard !uses.isEmpty else { return [] }
        let types = Array(Set(uses.map(\.infoType))).sorted()
        let names = ctx.vocabulary.names(types)
        return [meta.finding(Localized(zh: "调用隐私接口（\(names.zh)），但未实现隐私授权流程。", en: "Privacy APIs are used (\(names.en)) with no privacy-authorisation flow."),
                             evidence: RuleSupport.evidence(uses) + [Evidence(.policyMissing, detail: "wx.getPrivacySetting / wx.onNeedPrivacyAuthorization / wx.requirePrivacyAuthorize / open-type=agreePrivacyAuthorization")])]
    }
}
