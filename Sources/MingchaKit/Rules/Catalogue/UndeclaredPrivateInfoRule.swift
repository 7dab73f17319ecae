/// Type 1: a mini-program uses a location API not listed in `requiredPrivateInfos`.
struct UndeclaredPrivateInfoRule: Rule {
    let meta = RuleMeta(
        id: "miniprogram.undeclared-private-info",
        title: Localized(zh: "使用地理位置接口未在 requiredPrivateInfos 声明", en: "Location API not declared in requiredPrivateInfos"),
        types: [1], miitCategory: "C2",
        legalBasis: [Law.wx("app.json requiredPrivateInfos"), Law.rd("二.1")],
        severity: .medium, confidence: .confirmed, platforms: [.miniprogram],
        checks: Localized(zh: "代码调用的地理位置相关接口未在 app.json 的 requiredPrivateInfos 中声明（2022-07-14 起必须声明）。",
                          en: "A location API used in the code is missing from app.json's requiredPrivateInfos (required since 2022-07-14)."),
        remediation: Localized(zh: "在 requiredPrivateInfos 中声明使用的接口并在后台申请开通，或删除不需要的调用。",
                               en: "Declare the API in requiredPrivateInfos and get it approved, or remove the call."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.declarations.filter { !$0.declared }.sorted { $0.api < $1.api }.map { d in
            meta.finding(Localized(zh: "调用 \(d.api)，未在 \(d.declaredIn) 中声明。", en: "\(d.api) is used but not declared in \(d.declaredIn)."),
                         evidence: d.evidence)
        }
    }
}
