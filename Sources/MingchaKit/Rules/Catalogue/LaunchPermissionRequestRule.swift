/// Type 8: permissions asked at launch (launcher/splash/Application, mini-program onLaunch or
/// first page), before any function needs them. Phone-number prompts on a mini-program's first
/// page have their own rule (`miniprogram.phone-on-launch`).
struct LaunchPermissionRequestRule: Rule {
    let platform: AppIdentity.Platform
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        self.platform = platform
        meta = RuleMeta(
            id: "\(platform.rulePrefix).launch-permission-request",
            title: Localized(zh: "启动时提前申请权限", en: "Permissions requested at launch"),
            types: [8], miitCategory: "C1",
            legalBasis: [Law.rd("四.1"), Law.rd("四.6"), Law.m164, Law.m26, Law.pgPerm],
            severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: platform == .android ? "权限申请位于启动页/闪屏页/Application 的生命周期方法中，早于任何业务功能。" : "wx.authorize 或隐私接口授权位于 App.onLaunch 或首个页面加载时。",
                              en: platform == .android ? "A permission request sits in the launcher/splash activity or the Application, before any function needs it." : "wx.authorize or a privacy prompt runs in App.onLaunch or when the first page loads."),
            remediation: Localized(zh: "在用户使用具体功能时再动态申请该功能所需的权限，并同步说明目的。",
                                   en: "Request a permission when the user starts the function that needs it, and say why at that moment."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.permissionRequests.filter { r in
            r.atLaunch && !(platform == .miniprogram && PhoneOnLaunchRule.isPhone(r))
        }.map { r in
            meta.finding(Localized(zh: "启动阶段（\(r.site)\(r.lifecycle.map { " " + $0 } ?? "")）申请权限：\(r.permissions.joined(separator: "、"))。",
                                   en: "Permissions requested at launch (\(r.site)\(r.lifecycle.map { " " + $0 } ?? "")): \(r.permissions.joined(separator: ", "))."),
                         evidence: r.evidence, sdk: RuleSupport.sdkId(r.collector))
        }
    }
}
