/// Type 9: a request in onResume/onStart (or a mini-program onShow) with no remembered denial,
/// or a remembered denial shorter than the re-request window (48 h by default).
struct RepeatedPermissionRequestRule: Rule {
    static let repeatingLifecycles: Set<String> = ["onResume", "onStart", "onRestart", "onWindowFocusChanged", "onShow"]
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).repeated-permission-request",
            title: Localized(zh: "频繁申请权限", en: "Permission requested repeatedly"),
            types: [9], miitCategory: "C1",
            legalBasis: [Law.rd("三.2"), Law.m164, Law.m26, Law.pgPerm],
            severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: "权限申请位于每次回到前台都会执行的方法（onResume、onStart、onShow 等）中，且未持久记录拒绝状态，或记录的再次申请间隔短于阈值（默认48小时）。",
                              en: "A request sits in a method run every time the screen returns (onResume, onStart, onShow...) without a persisted denial, or with a re-ask interval below the threshold (default 48 h)."),
            remediation: Localized(zh: "记录用户的拒绝并在48小时内不再弹窗；仅在用户再次使用相关功能时重新申请。",
                                   en: "Remember a refusal and do not ask again within 48 hours; ask again only when the user uses the function."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let window = Double(ctx.thresholds.reRequestHours)
        return facts.permissionRequests.compactMap { r in
            if let hours = r.reRequestIntervalHours, hours < window {
                return meta.finding(Localized(zh: "\(r.site) 在被拒绝后\(Int(hours))小时即再次申请，短于\(Int(window))小时。",
                                              en: "\(r.site) asks again \(Int(hours)) h after a refusal, sooner than \(Int(window)) h."),
                                    evidence: r.evidence, sdk: RuleSupport.sdkId(r.collector))
            }
            guard let life = r.lifecycle, Self.repeatingLifecycles.contains(life), r.denialPersisted != true,
                  r.reRequestIntervalHours.map({ $0 < window }) ?? true else { return nil }
            return meta.finding(Localized(zh: "\(r.site) 在 \(life) 中申请权限，未记录用户拒绝，每次回到页面都可能再次弹窗。",
                                          en: "\(r.site) requests permissions in \(life) without remembering a refusal: the prompt can return every time."),
                                evidence: r.evidence, sdk: RuleSupport.sdkId(r.collector))
        }
    }
}
