/// Type 1: no operator identity, or no way to contact or complain.
struct NoContactRule: Rule {
    let meta = RuleMeta(
        id: "policy.no-contact",
        title: Localized(zh: "隐私政策未说明运营者身份或联系方式", en: "No operator identity or contact in the policy"),
        types: [1], miitCategory: nil,
        legalBasis: [Law.pipl("第十七条"), Law.rd("六.5"), Law.gb35273("5.5")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策未写明运营者名称，或未提供电话、邮箱、地址、在线客服等任一联系及投诉渠道。",
                          en: "The policy names no operator, or gives no phone, e-mail, address or online channel to contact or complain."),
        remediation: Localized(zh: "写明运营者全称、注册地址和至少一种有效联系方式（含个人信息保护负责人），并说明投诉举报渠道和处理时限。",
                               en: "State the operator's legal name and address, at least one working contact (and the PI-protection officer), and the complaint channel with its time limit."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable else { return [] }
        var lacks: [Localized] = []
        if (policy.contact.operatorName ?? "").isEmpty { lacks.append(Localized(zh: "运营者名称", en: "operator name")) }
        if policy.contact.channels.isEmpty { lacks.append(Localized(zh: "联系方式", en: "contact channel")) }
        guard !lacks.isEmpty else { return [] }
        let zh = lacks.map(\.zh).joined(separator: "、"), en = lacks.map(\.en).joined(separator: " and ")
        return [meta.finding(Localized(zh: "隐私政策缺少\(zh)。", en: "The policy lacks the \(en)."),
                             evidence: lacks.map { RuleSupport.policyMissing(policy, $0.zh) },
                             severity: policy.contact.channels.isEmpty ? .medium : .low)]
    }
}
