/// Type 8: a mini-program asks for the phone number on launch or its first page.
struct PhoneOnLaunchRule: Rule {
    let meta = RuleMeta(
        id: "miniprogram.phone-on-launch",
        title: Localized(zh: "首页即索取手机号", en: "Phone number asked on the first page"),
        types: [8], miitCategory: "C1",
        legalBasis: [Law.rd("四.1"), Law.npi("第四条"), Law.wx("getPhoneNumber")],
        severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [.miniprogram],
        checks: Localized(zh: "getPhoneNumber / getRealtimePhoneNumber 按钮或授权位于首个页面或 App.onLaunch，用户尚未使用任何需要手机号的功能。",
                          en: "A getPhoneNumber / getRealtimePhoneNumber button or prompt is on the first page or in App.onLaunch, before any function needs the number."),
        remediation: Localized(zh: "仅在用户使用需要手机号的功能（如下单、登录）时获取，并允许跳过以使用基本功能。",
                               en: "Ask for the phone number only in the function that needs it, and let the user skip it for the basic function."))

    static func isPhone(_ r: PermissionRequestFact) -> Bool {
        r.infoTypes.contains("phone_number") || r.permissions.contains { $0.lowercased().contains("phonenumber") }
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.permissionRequests.filter { $0.atLaunch && Self.isPhone($0) }.map { r in
            meta.finding(Localized(zh: "首页（\(r.site)）即索取手机号。", en: "The first page (\(r.site)) asks for the phone number."), evidence: r.evidence)
        }
    }
}
