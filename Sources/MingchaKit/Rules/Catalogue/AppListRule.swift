/// C7: the installed-app list can be read (API or permission); no category needs it.
struct AppListRule: Rule {
    let meta = RuleMeta(
        id: "android.app-list",
        title: Localized(zh: "读取应用安装列表", en: "Installed-app list read"),
        types: [], miitCategory: "C7",
        legalBasis: [Law.npi("第五条"), Law.gb41391("6.3"), Law.rd("四.1")],
        severity: .medium, confidence: .confirmed, platforms: [.android],
        checks: Localized(zh: "应用或SDK调用 getInstalledPackages/getInstalledApplications 等接口或声明 QUERY_ALL_PACKAGES；任何类别的基本功能都不需要应用列表。",
                          en: "The app or an SDK calls getInstalledPackages/getInstalledApplications or declares QUERY_ALL_PACKAGES; no category's basic function needs the app list."),
        remediation: Localized(zh: "删除读取应用列表的调用和权限，或在确需时单独告知目的并取得同意；关闭SDK的应用列表采集。",
                               en: "Remove app-list reads and the permission, or tell the purpose and get separate consent; switch off SDKs' app-list collection."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let cs = facts.collection.filter { $0.infoType == "app_list" }
        return CollectorGroups.findings(meta, cs, facts, zh: "应用安装列表", en: "the installed-app list")
    }
}

/// One finding per collector (the app, each SDK) for a set of collection facts.
enum CollectorGroups {
    static func findings(_ meta: RuleMeta, _ cs: [CollectionFact], _ facts: AppFacts, zh: String, en: String) -> [Finding] {
        var groups: [String: [CollectionFact]] = [:]
        for c in cs { groups[RuleSupport.sdkId(c.collector) ?? "", default: []].append(c) }
        return groups.keys.sorted().map { key in
            let g = groups[key] ?? []
            let who = RuleSupport.collectorName(g[0].collector, facts)
            let proven = g.contains(where: RuleSupport.provenInPackage)
            return meta.finding(Localized(zh: "\(who.zh)可读取\(zh)。", en: "\(who.en) can read \(en)."),
                                evidence: RuleSupport.evidence(g), confidence: proven ? meta.confidence : .suspected,
                                sdk: key.isEmpty ? nil : key)
        }
    }
}
