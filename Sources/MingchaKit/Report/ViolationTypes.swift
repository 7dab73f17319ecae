/// Names of the ten problem types (Shanghai CAC list) and the MIIT categories, for reports.
public enum ViolationTypes {
    public static let ten: [Int: Localized] = [
        1: Localized(zh: "隐私政策对收集使用个人信息的描述不完整或与实际不一致", en: "Policy incomplete or inconsistent with the app"),
        2: Localized(zh: "用户不同意隐私政策即拒绝提供服务", en: "Service refused if the user disagrees with the policy"),
        3: Localized(zh: "未提供用户主动勾选同意隐私政策的选项", en: "No opt-in tick box for the policy"),
        4: Localized(zh: "后台运行时超范围收集个人信息", en: "Over-scope collection in the background"),
        5: Localized(zh: "收集敏感个人信息未同步告知目的和必要性", en: "Sensitive data without purpose and necessity told at the time"),
        6: Localized(zh: "用户同意隐私政策前收集个人信息", en: "Collection before the user agrees"),
        7: Localized(zh: "未提供账号注销功能或注销后未及时删除信息", en: "No account deletion, or data not erased"),
        8: Localized(zh: "提前申请权限", en: "Permissions requested before a function needs them"),
        9: Localized(zh: "频繁申请权限干扰用户", en: "Frequent permission requests"),
        10: Localized(zh: "未提供隐私政策", en: "No privacy policy"),
    ]

    public static let miit: [String: Localized] = [
        "C1": Localized(zh: "强制、频繁、过度索取权限", en: "Forced, frequent or excessive permission requests"),
        "C2": Localized(zh: "违规收集个人信息", en: "Illegal collection of personal information"),
        "C3": Localized(zh: "违规使用个人信息", en: "Illegal use of personal information"),
        "C4": Localized(zh: "欺骗误导强迫用户", en: "Deceiving, misleading or forcing users"),
        "C5": Localized(zh: "违规利用个人信息进行自动化决策", en: "Automated decisions without opt-out"),
        "C6": Localized(zh: "频繁自启动和关联启动", en: "Frequent self-start and associated start"),
        "C7": Localized(zh: "超范围收集个人信息", en: "Over-scope collection"),
        "SDK": Localized(zh: "第三方SDK问题", en: "Third-party SDK problems"),
    ]

    public static let severity: [Severity: Localized] = [
        .high: Localized(zh: "高", en: "high"), .medium: Localized(zh: "中", en: "medium"),
        .low: Localized(zh: "低", en: "low"), .info: Localized(zh: "提示", en: "info"),
    ]

    public static let confidence: [Confidence: Localized] = [
        .confirmed: Localized(zh: "已确认", en: "confirmed"),
        .suspected: Localized(zh: "疑似（需动态验证）", en: "suspected (needs a dynamic check)"),
    ]

    /// The categories a finding belongs to, as short labels: "类型6", "C2".
    public static func labels(of f: Finding, lang: String) -> [String] {
        f.types.map { lang == "en" ? "type \($0)" : "类型\($0)" } + (f.miitCategory.map { [$0] } ?? [])
    }
}

extension Evidence {
    /// One line a tester can follow: where, then what.
    public var oneLine: String {
        var parts: [String] = [kind.rawValue]
        if let file { parts.append(file) }
        if let location { parts.append(location) }
        var s = parts.joined(separator: " · ")
        if let detail, !detail.isEmpty { s += ": " + detail }
        if let path, !path.isEmpty { s += " [" + path.joined(separator: " → ") + "]" }
        return s
    }
}

extension ScanReport {
    /// Findings in a stable order: severity (high first), then rule id, then first evidence.
    public var sortedFindings: [Finding] {
        findings.sorted { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            if a.ruleId != b.ruleId { return a.ruleId < b.ruleId }
            return (a.evidence.first?.oneLine ?? "") < (b.evidence.first?.oneLine ?? "")
        }
    }

    public var displayName: String {
        facts?.identity.nameZh ?? facts?.identity.name ?? facts?.identity.id ?? input.fileName
    }
}
