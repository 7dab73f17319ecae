/// C7: a sensitive permission outside the necessary scope of the app's category
/// (国信办秘字〔2021〕14号). Runs only when the category is known.
struct ExcessivePermissionRule: Rule {
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        meta = RuleMeta(
            id: "\(platform.rulePrefix).excessive-permission",
            title: Localized(zh: "申请超出所属类别必要范围的权限", en: "Permission outside the category's necessary scope"),
            types: [], miitCategory: "C7",
            legalBasis: [Law.npi("第四条"), Law.npi("第五条"), Law.rd("四.1"), Law.gb41391("6.2"), Law.pgPerm],
            severity: .medium, confidence: .confirmed, platforms: [platform],
            checks: Localized(zh: "给定应用类别（--category）时，声明的敏感权限所涉信息不属于该类别基本功能的必要个人信息。",
                              en: "With the app category given (--category), a sensitive permission whose information is not necessary for the category's basic function."),
            remediation: Localized(zh: "删除与基本功能无关的权限；扩展功能所需权限应在使用该功能时单独申请，且拒绝后不影响基本功能。",
                                   en: "Remove permissions the basic function does not need; ask for extended functions' permissions when used, and keep the basic function working if refused."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let cat = ctx.category else { return [] }
        var out: [Finding] = []
        for p in facts.permissions.sorted(by: { $0.name < $1.name }) where p.sensitive {
            if cat.necessaryPermissions.contains(p.name) { continue }
            // Necessary when any information the permission exposes is necessary for the category.
            if p.infoTypes.contains(where: { t in ctx.vocabulary.lineage(t).contains { cat.necessaryInfoTypes.contains($0) } }) { continue }
            let info = ctx.vocabulary.names(p.infoTypes)
            out.append(meta.finding(
                Localized(zh: "「\(cat.nameZh)」类应用的基本功能不需要\(p.zhName ?? p.name)（\(info.zh)）。",
                          en: "The basic function of a \(cat.nameEn ?? cat.nameZh) app does not need \(p.name) (\(info.en))."),
                evidence: Array(p.evidence.prefix(2)) + (cat.source.map { [$0] } ?? [])))
        }
        return out
    }
}
