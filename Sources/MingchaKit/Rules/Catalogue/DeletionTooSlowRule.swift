/// Type 7: deletion promised later than 15 working days, or with no time limit.
/// Calendar days are compared with the working-day limit converted at 7/5 (15 -> 21 days).
struct DeletionTooSlowRule: Rule {
    let meta = RuleMeta(
        id: "policy.deletion-too-slow",
        title: Localized(zh: "注销处理时限超过15个工作日或未承诺时限", en: "Deletion later than 15 working days, or no limit"),
        types: [7], miitCategory: nil,
        legalBasis: [Law.rd("六.3"), Law.pipl("第四十七条")],
        severity: .medium, confidence: .confirmed,
        checks: Localized(zh: "隐私政策描述了注销，但承诺的处理时限超过15个工作日（可配置），或未承诺任何时限。",
                          en: "The policy describes deletion but promises more than 15 working days (configurable), or no time limit at all."),
        remediation: Localized(zh: "承诺并在15个工作日内完成注销及个人信息删除或匿名化处理。",
                               en: "Promise and complete deletion (and erasure or anonymisation) within 15 working days."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.deletion.described else { return [] }
        let d = policy.deletion
        let limit = ctx.thresholds.deletionWorkingDays
        let ev = d.evidence.isEmpty ? [RuleSupport.policyMissing(policy, "注销时限")] : Array(d.evidence.prefix(3))
        guard let promised = d.limit else {
            return [meta.finding(Localized(zh: "隐私政策描述了注销，但未承诺处理时限。", en: "The policy describes deletion but promises no time limit."),
                                 evidence: ev + [RuleSupport.policyMissing(policy, "注销处理时限 / deletion time limit")])]
        }
        let unit = d.unit ?? .workingDays
        let tooSlow: Bool
        switch unit {
        case .workingDays: tooSlow = promised > limit
        case .calendarDays: tooSlow = promised > (limit * 7 + 4) / 5
        case .hours: tooSlow = promised > limit * 24
        }
        guard tooSlow else { return [] }
        let unitZh = unit == .workingDays ? "个工作日" : unit == .calendarDays ? "天" : "小时"
        let unitEn = unit == .workingDays ? "working days" : unit == .calendarDays ? "days" : "hours"
        return [meta.finding(Localized(zh: "隐私政策承诺\(promised)\(unitZh)内完成注销，超过\(limit)个工作日。",
                                       en: "The policy promises deletion within \(promised) \(unitEn), more than \(limit) working days."),
                             evidence: ev)]
    }
}
