/// Type 8: one request asks for several unrelated permission groups at once.
struct BundledPermissionRequestRule: Rule {
    let meta = RuleMeta(
        id: "android.bundled-permission-request",
        title: Localized(zh: "一次性捆绑申请多项权限", en: "Several permission groups in one request"),
        types: [8], miitCategory: "C1",
        legalBasis: [Law.rd("四.6"), Law.m26, Law.pgPerm],
        severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "同一次权限申请包含不少于阈值（默认2）个不同权限组。", en: "One request covers at least the threshold number (default 2) of permission groups."),
        remediation: Localized(zh: "按功能分别申请所需权限，不得一次性打包申请多项非必要权限。",
                               en: "Ask for each function's permissions separately; never bundle unrelated permissions in one prompt."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.permissionRequests.compactMap { r in
            // Groups from the knowledge base; without them, distinct information types stand in.
            let groups = Set(r.groups.isEmpty ? r.infoTypes.map(\.rawValue) : r.groups)
            guard groups.count >= ctx.thresholds.bundledGroups else { return nil }
            let g = groups.sorted()
            return meta.finding(Localized(zh: "\(r.site) 一次申请\(g.count)个权限组：\(g.joined(separator: "、"))。",
                                          en: "\(r.site) requests \(g.count) permission groups at once: \(g.joined(separator: ", "))."),
                                evidence: r.evidence, sdk: RuleSupport.sdkId(r.collector))
        }
    }
}
