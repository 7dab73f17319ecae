/// C6: the app starts or wakes other apps, or exposes components for other apps to wake it.
struct AssociatedStartRule: Rule {
    let meta = RuleMeta(
        id: "android.associated-start",
        title: Localized(zh: "关联启动", en: "Associated start"),
        types: [], miitCategory: "C6",
        legalBasis: [Law.m164, Law.m26],
        severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "代码以显式组件/指定包名启动、绑定或唤醒其他应用，或导出供其他应用（推送SDK）唤醒的组件。",
                          en: "Code starts, binds or wakes other apps through explicit components or packages, or exports components for other apps (push SDKs) to wake it."),
        remediation: Localized(zh: "不得在无合理场景时唤醒或关联启动其他应用；关闭推送SDK的相互唤醒功能。", en: "Do not wake other apps without a user-facing reason; switch off push SDKs' mutual wake-up."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.autostart.filter { $0.kind == .associatedStart || $0.kind == .wakeTarget }.map { a in
            let who = RuleSupport.collectorName(a.collector, facts)
            let msg = a.kind == .associatedStart
                ? Localized(zh: "\(who.zh)（\(a.component)）启动或唤醒其他应用：\(a.trigger)。", en: "\(who.en) (\(a.component)) starts or wakes another app: \(a.trigger).")
                : Localized(zh: "\(who.zh)导出可被其他应用唤醒的组件 \(a.component)（\(a.trigger)）。", en: "\(who.en) exports \(a.component) for other apps to wake (\(a.trigger)).")
            return meta.finding(msg, evidence: a.evidence, sdk: RuleSupport.sdkId(a.collector))
        }
    }
}
