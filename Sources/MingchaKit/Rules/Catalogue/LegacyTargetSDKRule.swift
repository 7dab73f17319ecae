/// Type 8: targetSdkVersion below 23 grants every dangerous permission at install, all at once.
struct LegacyTargetSDKRule: Rule {
    let meta = RuleMeta(
        id: "android.legacy-target-sdk",
        title: Localized(zh: "targetSdkVersion低于23，安装即授予全部权限", en: "targetSdkVersion < 23: all permissions granted at install"),
        types: [8], miitCategory: "C1",
        legalBasis: [Law.rd("四.6"), Law.m26, Law.pgPerm],
        severity: .high, confidence: .confirmed, platforms: [.android],
        checks: Localized(zh: "清单中 targetSdkVersion < 23 且声明了危险权限：安装时一次性授予，用户无法按需拒绝。",
                          en: "targetSdkVersion < 23 with dangerous permissions declared: they are granted together at install and cannot be refused one by one."),
        remediation: Localized(zh: "将 targetSdkVersion 提升到23及以上（应用商店要求更高），改为运行时按需申请。",
                               en: "Raise targetSdkVersion to 23 or more (stores require more) and request permissions at run time."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let target = facts.android?.targetSdkVersion, target < 23 else { return [] }
        let dangerous = facts.permissions.filter { $0.sensitive }.sorted { $0.name < $1.name }
        guard !dangerous.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "targetSdkVersion=\(target)，\(dangerous.count)项危险权限在安装时即被授予。",
                                       en: "targetSdkVersion=\(target): \(dangerous.count) dangerous permission(s) are granted at install."),
                             evidence: [Evidence(.manifestElement, file: "AndroidManifest.xml", location: "uses-sdk", detail: "android:targetSdkVersion=\(target)")]
                                + dangerous.prefix(5).flatMap { $0.evidence.prefix(1) })]
    }
}
