/// Type 6: a sensitive API can run before the user agrees (Application/provider/static init,
/// launcher before the consent check; mini-program App.onLaunch / first page).
struct PreConsentCollectionRule: Rule {
    let platform: AppIdentity.Platform
    let meta: RuleMeta

    init(platform: AppIdentity.Platform) {
        self.platform = platform
        let where_ = platform == .android
            ? Localized(zh: "Application.onCreate/attachBaseContext、ContentProvider.onCreate、静态初始化或启动页同意检查之前",
                        en: "Application.onCreate/attachBaseContext, ContentProvider.onCreate, static initialisers or the launcher before the consent check")
            : Localized(zh: "App.onLaunch 或首个页面 onLoad 中、任何隐私授权之前", en: "App.onLaunch or the first page's onLoad, before any privacy authorisation")
        meta = RuleMeta(
            id: "\(platform.rulePrefix).pre-consent-collection",
            title: Localized(zh: "用户同意隐私政策前收集个人信息", en: "Collection before consent"),
            types: [6], miitCategory: "C2",
            legalBasis: [Law.rd("三.1"), Law.pipl("第十三条"), Law.pipl("第十四条"), Law.m164],
            severity: .high, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: "从\(where_.zh)可到达敏感个人信息API调用，且路径上未见同意状态检查。需动态测试确认同意前是否实际调用。",
                              en: "A sensitive API is reachable from \(where_.en) with no consent check on the path. A dynamic test must confirm the call happens before consent."),
            remediation: Localized(zh: "在用户同意隐私政策之后再调用敏感API；启动阶段的代码应先检查同意状态。",
                                   en: "Call sensitive APIs only after the user agrees; start-up code must check the consent state first."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.preConsent.filter { $0.targetKind == .sensitiveAPI && $0.guardedByConsentCheck != true }.map { p in
            let who = RuleSupport.collectorName(p.collector, facts)
            let types = ctx.vocabulary.names(p.infoTypes)
            let info = p.infoTypes.isEmpty ? Localized(zh: "个人信息", en: "personal information") : types
            return meta.finding(
                Localized(zh: "\(who.zh)在同意前可能收集\(info.zh)：\(p.entryPoint) 可到达 \(p.target)。",
                          en: "\(who.en) may collect \(info.en) before consent: \(p.entryPoint) reaches \(p.target)."),
                evidence: p.evidence.isEmpty ? [Evidence(.callPath, location: p.entryPoint, detail: p.target, path: p.callPath)] : p.evidence,
                sdk: RuleSupport.sdkId(p.collector))
        }
    }
}
