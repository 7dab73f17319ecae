/// Type 1: the policy hides its lists behind "等信息" / "包括但不限于".
struct PolicyVagueRule: Rule {
    let meta = RuleMeta(
        id: "policy.vague",
        title: Localized(zh: "隐私政策表述笼统、未逐项列明", en: "Vague policy wording"),
        types: [1], miitCategory: "C2",
        legalBasis: [Law.rd("二.1"), Law.pipl("第十七条")],
        severity: .low, confidence: .confirmed,
        checks: Localized(zh: "隐私政策在应列明信息类型处使用「等」「包括但不限于」「相关信息」等模糊表述，次数达到阈值（默认2处）。",
                          en: "The policy uses vague markers (\"等\", \"包括但不限于\", \"相关信息\") where a list belongs, at least the threshold number of times (default 2)."),
        remediation: Localized(zh: "逐项、穷尽地列明每项业务功能收集的个人信息类型，删除「等」「包括但不限于」之类兜底表述。",
                               en: "List the information types of each function exhaustively and drop catch-all wording."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let policy = facts.policy, policy.textAvailable, policy.vagueness.count >= ctx.thresholds.vagueMarkers else { return [] }
        let n = policy.vagueness.count
        return [meta.finding(Localized(zh: "隐私政策有\(n)处笼统表述未逐项列明个人信息。", en: "The policy has \(n) vague statements instead of lists."),
                             evidence: Array(policy.vagueness.prefix(5)))]
    }
}
