/// Type 1 / SDK: an embedded third-party SDK is not named in the policy (by name or vendor).
struct UndisclosedSDKRule: Rule {
    let meta = RuleMeta(
        id: "policy.undisclosed-sdk",
        title: Localized(zh: "隐私政策未披露嵌入的第三方SDK", en: "Embedded SDK not disclosed in the policy"),
        types: [1], miitCategory: "SDK",
        legalBasis: [Law.rd("二.1"), Law.pipl("第二十三条"), Law.gb35273("9.7"), Law.pgSDK],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "安装包中识别出的第三方SDK，其名称和运营方均未出现在隐私政策（含第三方SDK清单）中。",
                          en: "A third-party SDK found in the package whose name and vendor appear nowhere in the policy (or its SDK list)."),
        remediation: Localized(zh: "在第三方SDK清单中列明每个SDK的名称、运营方、目的、收集的信息类型、方式和其隐私政策链接；未使用的SDK应移除。",
                               en: "List each SDK with its name, company, purpose, information collected, method and privacy-policy link; remove SDKs not used."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable else { return [] }
        var out: [Finding] = []
        for sdk in facts.sdks.sorted(by: { $0.id < $1.id }) where sdk.strength >= ctx.thresholds.sdkMinimumStrength && sdk.dataRecipient != false {
            if RuleSupport.disclosure(of: sdk, in: policy) != nil { continue }
            let zh = sdk.nameZh ?? sdk.nameEn
            let vendor = sdk.vendor.map { "（\($0)）" } ?? ""
            out.append(meta.finding(
                Localized(zh: "嵌入了「\(zh)」\(vendor)，隐私政策未披露该SDK。", en: "\(sdk.nameEn) is embedded; the policy does not disclose it."),
                evidence: Array(sdk.evidence.prefix(4)) + [RuleSupport.policyMissing(policy, [sdk.nameZh, sdk.nameEn, sdk.vendor].compactMap { $0 }.joined(separator: " / "))],
                sdk: sdk.id))
        }
        return out
    }
}
