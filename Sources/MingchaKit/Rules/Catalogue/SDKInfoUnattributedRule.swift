/// Type 1 / SDK: an SDK collects X, and the policy does not list X for that SDK.
/// Medium when X is not in the policy at all; low when the policy mentions X only in general.
struct SDKInfoUnattributedRule: Rule {
    let meta = RuleMeta(
        id: "policy.sdk-info-unattributed",
        title: Localized(zh: "SDK收集的个人信息未在隐私政策中说明", en: "SDK collection not attributed in the policy"),
        types: [1], miitCategory: "SDK",
        legalBasis: [Law.rd("二.1"), Law.rd("五.1"), Law.gb35273("9.7"), Law.pgSDK],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "第三方SDK可收集某类信息，隐私政策在该SDK条目下未列出该信息（若全文均未提及则更严重）。",
                          en: "An SDK can collect an information type that the policy does not list for that SDK (worse when the policy never mentions it)."),
        remediation: Localized(zh: "在第三方SDK清单中为每个SDK列出其收集的全部个人信息类型，或通过SDK的合规配置关闭相应收集。",
                               en: "List for each SDK every information type it collects, or switch that collection off through the SDK's compliance settings."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable else { return [] }
        var bySDK: [String: [CollectionFact]] = [:]
        for c in facts.collection { if let id = RuleSupport.sdkId(c.collector) { bySDK[id, default: []].append(c) } }
        var out: [Finding] = []
        for id in bySDK.keys.sorted() {
            guard let sdk = facts.sdks.first(where: { $0.id == id }), sdk.strength >= ctx.thresholds.sdkMinimumStrength, sdk.dataRecipient != false else { continue }
            let disclosure = RuleSupport.disclosure(of: sdk, in: policy)
            var byType: [InfoType: [CollectionFact]] = [:]
            for c in bySDK[id] ?? [] { byType[c.infoType, default: []].append(c) }
            for type in byType.keys.sorted() {
                let cs = byType[type] ?? []
                if let d = disclosure, ctx.listCovers(d.infoTypes, type) { continue }
                let mentioned = ctx.policyMentions(policy, type) != nil
                let name = ctx.vocabulary.names([type])
                let who = RuleSupport.collectorName(.sdk(id), facts)
                let proven = cs.contains(where: RuleSupport.provenInPackage)
                let msg = mentioned
                    ? Localized(zh: "「\(who.zh)」可收集「\(name.zh)」，隐私政策仅笼统提及该信息，未说明由该SDK收集。",
                                en: "\(who.en) can collect \(name.en); the policy mentions it only in general, not for this SDK.")
                    : Localized(zh: "「\(who.zh)」可收集「\(name.zh)」，隐私政策既未提及该信息，也未说明由该SDK收集。",
                                en: "\(who.en) can collect \(name.en); the policy neither mentions it nor attributes it to this SDK.")
                out.append(meta.finding(msg, evidence: RuleSupport.evidence(cs) + (disclosure?.evidence.prefix(1).map { $0 } ?? [])
                                            + [RuleSupport.policyMissing(policy, "\(sdk.nameZh ?? sdk.nameEn): \(type.rawValue)")],
                                        confidence: proven ? .confirmed : .suspected,
                                        severity: mentioned ? .low : .medium, sdk: id))
            }
        }
        return out
    }
}
