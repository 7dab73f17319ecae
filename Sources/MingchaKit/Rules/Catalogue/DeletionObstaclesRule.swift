/// Type 7: deletion is made conditional on extra proofs (handheld ID photo, face, no balance...).
struct DeletionObstaclesRule: Rule {
    let meta = RuleMeta(
        id: "policy.deletion-obstacles",
        title: Localized(zh: "为账号注销设置不合理条件", en: "Unreasonable conditions on account deletion"),
        types: [7], miitCategory: nil,
        legalBasis: [Law.rd("六.2"), Law.m337, Law.gb35273("8.5")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策要求注销时额外提供手持身份证照片、人脸信息等，或设置其他不必要的前置条件。",
                          en: "The policy makes deletion depend on extra proofs (a handheld ID photo, a face scan) or other unnecessary conditions."),
        remediation: Localized(zh: "注销时不得要求提供超出注册和使用时已收集范围的个人信息，不设置不合理条件。",
                               en: "Do not ask for more personal information than was already collected, and set no unreasonable conditions on deletion."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, !policy.deletion.conditions.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "隐私政策为注销设置了\(policy.deletion.conditions.count)项条件。",
                                       en: "The policy puts \(policy.deletion.conditions.count) condition(s) on deletion."),
                             evidence: Array(policy.deletion.conditions.prefix(5)))]
    }
}
