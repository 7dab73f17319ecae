/// C3: the app embeds third-party SDKs, and the policy has no third-party sharing / SDK list at all.
struct NoThirdPartyListRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-third-party-list",
        title: Localized(zh: "嵌入第三方SDK但隐私政策无第三方共享清单", en: "SDKs embedded but no third-party list in the policy"),
        types: [1], miitCategory: "C3",
        legalBasis: [Law.rd("五.1"), Law.pipl("第二十三条"), Law.gb35273("9.7"), Law.pgSDK],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "安装包中嵌入了第三方SDK，而隐私政策中没有任何第三方SDK或第三方共享清单（名称、运营方、目的、信息类型）。",
                          en: "The package embeds third-party SDKs and the policy has no SDK or third-party sharing list at all (name, company, purpose, information)."),
        remediation: Localized(zh: "在隐私政策中提供第三方信息共享清单，逐一列明SDK名称、运营方、目的、收集的信息类型、方式和隐私政策链接。",
                               en: "Add a third-party sharing list naming each SDK with its company, purpose, information, method and policy link."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.sdkDisclosures.isEmpty else { return [] }
        let sdks = facts.sdks.filter { $0.strength >= ctx.thresholds.sdkMinimumStrength && $0.dataRecipient != false }.sorted { $0.id < $1.id }
        guard !sdks.isEmpty else { return [] }
        let names = sdks.map { $0.nameZh ?? $0.nameEn }
        return [meta.finding(Localized(zh: "嵌入了\(sdks.count)个第三方SDK（\(names.prefix(6).joined(separator: "、"))），隐私政策没有第三方共享清单。",
                                       en: "\(sdks.count) third-party SDK(s) are embedded (\(sdks.prefix(6).map(\.nameEn).joined(separator: ", "))); the policy has no third-party list."),
                             evidence: sdks.prefix(6).compactMap { $0.evidence.first } + [RuleSupport.policyMissing(policy, "第三方SDK清单 / 第三方共享清单")])]
    }
}
