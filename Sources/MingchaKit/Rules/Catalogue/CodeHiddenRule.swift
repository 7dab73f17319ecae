/// Information: a packer hides the code, so the absence of findings proves nothing.
struct CodeHiddenRule: Rule {
    let meta = RuleMeta(
        id: "android.code-hidden",
        title: Localized(zh: "代码经加固隐藏，无法静态判定", en: "Code hidden by a packer"),
        types: [], miitCategory: nil,
        legalBasis: [],
        severity: .info, confidence: .confirmed, platforms: [.android],
        checks: Localized(zh: "发现加固/壳特征：真实代码在运行时解密加载，静态分析看不到，需动态检测或脱壳后再查。",
                          en: "A packer is present: the real code is decrypted at run time and invisible to static analysis; test dynamically or unpack first."),
        remediation: Localized(zh: "送检时提供未加固的安装包，或以动态检测补充。", en: "Submit an unpacked build for testing, or add a dynamic test."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        guard let a = facts.android, !a.packers.isEmpty else { return [] }
        return [meta.finding(Localized(zh: "发现加固：\(a.packers.sorted().joined(separator: "、"))。", en: "Packer found: \(a.packers.sorted().joined(separator: ", "))."),
                             evidence: Array(a.packerEvidence.prefix(4)))]
    }
}
