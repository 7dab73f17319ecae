/// Type 4: location can be collected in the background.
struct BackgroundLocationRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).background-location",
            title: Localized(zh: "后台收集位置信息", en: "Location collected in the background"),
            types: [4], miitCategory: "C7",
            legalBasis: [Law.m164, Law.rd("四.4"), Law.gb41391("6.1")],
            severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [platform],
            checks: Localized(zh: platform == .android ? "声明 ACCESS_BACKGROUND_LOCATION、location 类型前台服务，或在 Service/Worker/定时任务中获取位置。"
                                                        : "requiredBackgroundModes 含 location，或调用 wx.startLocationUpdateBackground / 授权 scope.userLocationBackground。",
                              en: platform == .android ? "ACCESS_BACKGROUND_LOCATION, a location foreground service, or location calls in services, workers or timers."
                                                       : "requiredBackgroundModes contains location, or wx.startLocationUpdateBackground / scope.userLocationBackground is used."),
            remediation: Localized(zh: "仅在前台功能需要时获取位置；确需后台定位的，单独告知并取得同意，并以最低频率获取。",
                                   en: "Get location only while the function in front needs it; if background location is essential, tell the user, get consent and use the lowest frequency."))
    }

    static func isLocation(_ b: BackgroundFact, _ ctx: RuleContext) -> Bool {
        b.infoTypes.contains { t in ctx.vocabulary.lineage(t).contains { $0 == "location" || $0 == "background_location" } }
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let items = facts.background.filter { Self.isLocation($0, ctx) }
        guard !items.isEmpty else { return [] }
        let how = Array(Set(items.map(\.detail))).sorted()
        return [meta.finding(Localized(zh: "可在后台获取位置：\(how.joined(separator: "、"))。", en: "Location can be collected in the background: \(how.joined(separator: ", "))."),
                             evidence: Array(items.flatMap { $0.evidence }.prefix(6)))]
    }
}
