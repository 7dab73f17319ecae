/// Type 5: a permission is requested with no purpose shown or declared. On mini-programs this is
/// `miniprogram.location-no-desc`: location used without `permission.scope.userLocation.desc`.
struct RequestWithoutRationaleRule: Rule {
    let platform: AppIdentity.Platform
    let meta: RuleMeta
    init(platform: AppIdentity.Platform) {
        self.platform = platform
        let android = platform == .android
        meta = RuleMeta(
            id: android ? "android.request-without-rationale" : "miniprogram.location-no-desc",
            title: android ? Localized(zh: "申请权限时未同步告知目的", en: "Permission requested without its purpose")
                           : Localized(zh: "使用位置接口未填写用途说明", en: "Location used without a purpose description"),
            types: [5], miitCategory: "C1",
            legalBasis: [Law.rd("二.3"), Law.m26, Law.pipl("第十七条")] + (android ? [Law.pgPerm] : [Law.wx("app.json permission")]),
            severity: .medium, confidence: android ? .suspected : .confirmed, needsDynamicCheck: android, platforms: [platform],
            checks: android
                ? Localized(zh: "权限申请前的同一流程中没有说明用途的对话框或 shouldShowRequestPermissionRationale 检查，清单中也没有 T/TAF 076 用途声明。",
                            en: "No purpose dialog or shouldShowRequestPermissionRationale check precedes the request, and the manifest declares no T/TAF 076 purpose.")
                : Localized(zh: "调用位置接口，但 app.json 的 permission.scope.userLocation.desc 缺失或为空，授权弹窗不显示用途。",
                            en: "A location API is used but app.json's permission.scope.userLocation.desc is missing or empty, so the prompt shows no purpose."),
            remediation: android
                ? Localized(zh: "在系统授权弹窗前（或同时）以弹窗/浮层说明申请该权限的目的和用途。", en: "Explain the purpose in a dialog or banner before or with the system prompt.")
                : Localized(zh: "在 app.json 中为 scope.userLocation 填写具体用途说明（desc）。", en: "Fill in a concrete purpose for scope.userLocation (desc) in app.json."))
    }

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        facts.permissionRequests.filter { r in
            guard r.rationale == .none else { return false }
            return platform == .android || r.infoTypes.contains { ctx.vocabulary.lineage($0).contains("location") }
        }.map { r in
            meta.finding(Localized(zh: "\(r.site) 申请 \(r.permissions.joined(separator: "、")) 时未告知目的。",
                                   en: "\(r.site) requests \(r.permissions.joined(separator: ", ")) without telling the purpose."),
                         evidence: r.evidence, sdk: RuleSupport.sdkId(r.collector))
        }
    }
}
