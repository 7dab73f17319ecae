/// Type 4: information other than location collected from background components or periodic tasks.
struct BackgroundCollectionRule: Rule {
    let meta = RuleMeta(
        id: "android.background-collection",
        title: Localized(zh: "后台或定时收集个人信息", en: "Information collected in the background or periodically"),
        types: [4], miitCategory: "C7",
        legalBasis: [Law.m164, Law.rd("四.4"), Law.gb41391("6.1")],
        severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "敏感API位于 Service、JobService、Worker、AlarmManager 接收器或 Timer/ScheduledExecutor/postDelayed 循环中（位置信息见 background-location）。",
                          en: "Sensitive calls inside services, jobs, workers, alarm receivers or timer loops (location is judged by background-location)."),
        remediation: Localized(zh: "不在后台或以高频率收集个人信息；确需定时的，降低频率并告知用户。", en: "Do not collect in the background or at a high rate; if a schedule is needed, lower it and tell the user."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.background.filter { !BackgroundLocationRule.isLocation($0, ctx) && !$0.infoTypes.isEmpty }.map { b in
            let names = ctx.vocabulary.names(b.infoTypes)
            return meta.finding(Localized(zh: "后台/定时任务（\(b.detail)）可收集\(names.zh)。", en: "A background or periodic task (\(b.detail)) can collect \(names.en)."),
                                evidence: b.evidence, sdk: RuleSupport.sdkId(b.collector))
        }
    }
}
