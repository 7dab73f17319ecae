/// C7: unchangeable device identifiers (IMEI, IMSI, ICCID, serial, MAC) are read.
struct DeviceIdentifiersRule: Rule {
    let meta = RuleMeta(
        id: "android.device-identifiers",
        title: Localized(zh: "读取不可变更的设备唯一标识", en: "Unchangeable device identifiers read"),
        types: [], miitCategory: "C7",
        legalBasis: [Law.gb41391("6.3"), Law.gb41391("附录F"), Law.npi("第五条"), Law.rd("四.1")],
        severity: .medium, confidence: .confirmed, platforms: [.android],
        checks: Localized(zh: "应用或SDK读取IMEI/MEID、IMSI、ICCID、硬件序列号、MAC地址等用户无法重置的标识（词表中 unchangeable 的类型）。",
                          en: "The app or an SDK reads identifiers the user cannot reset (IMEI/MEID, IMSI, ICCID, serial, MAC: the vocabulary's unchangeable types)."),
        remediation: Localized(zh: "改用可重置的标识（OAID、应用内生成的ID）；确需时单独告知并取得同意，并关闭SDK的相应采集。",
                               en: "Use resettable identifiers (OAID, an app-generated ID); if essential, tell the user and get consent, and switch SDK collection off."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let cs = facts.collection.filter { ctx.vocabulary.isUnchangeable($0.infoType) }
        var groups: [String: [CollectionFact]] = [:]
        for c in cs { groups[RuleSupport.sdkId(c.collector) ?? "", default: []].append(c) }
        return groups.keys.sorted().map { key in
            let g = groups[key] ?? []
            let types = Array(Set(g.map(\.infoType))).sorted()
            let names = ctx.vocabulary.names(types)
            let who = RuleSupport.collectorName(g[0].collector, facts)
            let proven = g.contains(where: RuleSupport.provenInPackage)
            return meta.finding(Localized(zh: "\(who.zh)可读取不可变更标识：\(names.zh)。", en: "\(who.en) can read unchangeable identifiers: \(names.en)."),
                                evidence: RuleSupport.evidence(g), confidence: proven ? .confirmed : .suspected, sdk: key.isEmpty ? nil : key)
        }
    }
}
