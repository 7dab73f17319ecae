/// C4: the app can install other packages (REQUEST_INSTALL_PACKAGES used with the package installer).
struct InstallPackagesRule: Rule {
    let meta = RuleMeta(
        id: "android.install-packages",
        title: Localized(zh: "可下载安装其他应用", en: "Installs other packages"),
        types: [], miitCategory: "C4",
        legalBasis: [Law.m26, Law.m164],
        severity: .low, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "声明 REQUEST_INSTALL_PACKAGES 并调用 PackageInstaller 或以 APK 类型打开安装界面，可能存在诱导或静默下载安装。",
                          en: "REQUEST_INSTALL_PACKAGES with PackageInstaller use or an APK install intent: possible misleading or silent downloads."),
        remediation: Localized(zh: "下载安装其他应用须由用户明确点击触发并清楚告知；非必要时移除该权限。",
                               en: "Install other apps only after an explicit, informed user action; remove the permission if not needed."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let ev = facts.android?.installsPackages, !ev.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "应用具备下载安装其他应用的能力。", en: "The app can install other packages."), evidence: Array(ev.prefix(6)))]
    }
}
