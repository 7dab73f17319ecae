/// C6: the app can be woken by the system (boot, unlock, package/network changes) or keeps itself alive.
struct SelfStartRule: Rule {
    let meta = RuleMeta(
        id: "android.self-start",
        title: Localized(zh: "自启动", en: "Self-start"),
        types: [], miitCategory: "C6",
        legalBasis: [Law.m164, Law.m26],
        severity: .low, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "清单中的接收器监听开机、解锁、应用安装、网络变化等系统广播，或使用常驻/保活机制。需动态测试其启动频率。",
                          en: "Receivers for boot, unlock, package or network broadcasts, or keep-alive devices. A dynamic test must measure how often the app starts."),
        remediation: Localized(zh: "移除非必要的自启动接收器和保活机制；确需的，告知用户并提供关闭方式。", en: "Remove unneeded self-start receivers and keep-alive; tell users about needed ones and let them turn them off."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let items = facts.autostart.filter { $0.kind == .selfStart || $0.kind == .keepAlive }
        guard !items.isEmpty else { return [] }
        var byCollector: [String: [AutostartFact]] = [:]
        for a in items { byCollector[RuleSupport.sdkId(a.collector) ?? "", default: []].append(a) }
        return byCollector.keys.sorted().map { key in
            let group = byCollector[key] ?? []
            let triggers = Array(Set(group.map(\.trigger))).sorted()
            let who = RuleSupport.collectorName(group[0].collector, facts)
            return meta.finding(Localized(zh: "\(who.zh)可被以下事件唤醒：\(triggers.joined(separator: "、"))。", en: "\(who.en) can be woken by: \(triggers.joined(separator: ", "))."),
                                evidence: Array(group.flatMap { $0.evidence }.prefix(6)), sdk: key.isEmpty ? nil : key)
        }
    }
}
