/// Type 6 / SDK: an SDK is initialised before consent (init reachable from start-up code, or a
/// manifest provider that initialises it at process start).
struct PreConsentSDKInitRule: Rule {
    let meta = RuleMeta(
        id: "android.pre-consent-sdk-init",
        title: Localized(zh: "用户同意前初始化第三方SDK", en: "SDK initialised before consent"),
        types: [6], miitCategory: "C2",
        legalBasis: [Law.rd("三.1"), Law.pipl("第十三条"), Law.gb41391("6.6"), Law.pgSDK],
        severity: .high, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "第三方SDK的初始化方法可从Application、ContentProvider或静态初始化到达，或SDK通过清单中的Provider在进程启动时自动初始化。",
                          en: "An SDK's init method is reachable from Application, a ContentProvider or a static initialiser, or the SDK initialises itself through a manifest provider at process start."),
        remediation: Localized(zh: "在用户同意隐私政策后再初始化SDK（使用SDK提供的延迟初始化/合规初始化接口），并移除或禁用自动初始化Provider。",
                               en: "Initialise SDKs only after consent (use the SDK's delayed or compliant init API) and remove or disable auto-init providers."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.preConsent.filter { ($0.targetKind == .sdkInit || $0.targetKind == .autoInitProvider) && $0.guardedByConsentCheck != true }.map { p in
            let who = RuleSupport.collectorName(p.collector, facts)
            let how = p.targetKind == .autoInitProvider
                ? Localized(zh: "通过自动初始化Provider \(p.target) 在进程启动时初始化", en: "initialises at process start through the provider \(p.target)")
                : Localized(zh: "可从 \(p.entryPoint) 到达初始化方法 \(p.target)", en: "has its init \(p.target) reachable from \(p.entryPoint)")
            return meta.finding(Localized(zh: "SDK「\(who.zh)」\(how.zh)，早于用户同意。", en: "SDK \(who.en) \(how.en), before consent."),
                                evidence: p.evidence.isEmpty ? [Evidence(.callPath, location: p.entryPoint, detail: p.target, path: p.callPath)] : p.evidence,
                                sdk: RuleSupport.sdkId(p.collector))
        }
    }
}
