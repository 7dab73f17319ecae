/// Type 5: sensitive information collected without its purpose and necessity told.
struct SensitiveNoPurposeRule: Rule {
    let meta = RuleMeta(
        id: "policy.sensitive-no-purpose",
        title: Localized(zh: "收集敏感个人信息未告知目的和必要性", en: "Sensitive information without purpose and necessity"),
        types: [5], miitCategory: "C2",
        legalBasis: [Law.rd("二.3"), Law.pipl("第二十八条"), Law.pipl("第三十条")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "应用可收集的敏感个人信息（位置、通讯录、人脸、身份证件等），隐私政策提及时未说明目的，或未说明必要性及对个人权益的影响。",
                          en: "Sensitive information the app can collect (location, contacts, face, ID...) is mentioned in the policy without a purpose, or without its necessity and effect on the user."),
        remediation: Localized(zh: "对每项敏感个人信息单独说明处理目的、必要性以及对个人权益的影响，并在收集时同步告知。",
                               en: "For each sensitive item state the purpose, the necessity and the effect on the user, and tell it again when collecting."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable else { return [] }
        var out: [Finding] = []
        for (type, cs) in RuleSupport.collectedTypes(facts) where ctx.vocabulary.isSensitive(type) {
            guard let m = ctx.policyMentions(policy, type) else { continue } // not mentioned: policy.undisclosed-info
            let lacks = [m.purposeStated ? nil : Localized(zh: "目的", en: "purpose"),
                         m.necessityStated ? nil : Localized(zh: "必要性及影响", en: "necessity and effect")].compactMap { $0 }
            guard !lacks.isEmpty else { continue }
            let name = ctx.vocabulary.names([type])
            out.append(meta.finding(
                Localized(zh: "敏感个人信息「\(name.zh)」未说明\(lacks.map(\.zh).joined(separator: "、"))。",
                          en: "Sensitive \(name.en): the policy states no \(lacks.map(\.en).joined(separator: " and ")).") ,
                evidence: Array(m.evidence.prefix(2)) + RuleSupport.evidence(cs, limit: 3),
                severity: m.purposeStated ? .low : meta.severity))
        }
        return out
    }
}
