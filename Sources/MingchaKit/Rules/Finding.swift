/// One violation (or suspicion) a rule found in one app, with the evidence that shows it.
public struct Finding: Codable, Hashable, Sendable {
    public var ruleId: String
    public var title: Localized
    /// Which of the ten Shanghai CAC problem types (1...10) this finding belongs to; may be empty.
    public var types: [Int]
    /// MIIT notice category, e.g. "C1" (see Rules catalogue); nil if none.
    public var miitCategory: String?
    public var severity: Severity
    public var confidence: Confidence
    /// Document and article, e.g. "RD 三.1", "PIPL 17".
    public var legalBasis: [String]
    /// What was found, in a sentence, for this app.
    public var message: Localized
    public var evidence: [Evidence]
    public var remediation: Localized
    /// Static evidence only points at a runtime behaviour; a dynamic test must confirm it.
    public var needsDynamicCheck: Bool
    /// SDK id when the finding is attributed to an embedded SDK (notices name "APP（SDK）").
    public var sdk: String?

    public init(ruleId: String, title: Localized, types: [Int], miitCategory: String?, severity: Severity,
                confidence: Confidence, legalBasis: [String], message: Localized, evidence: [Evidence],
                remediation: Localized, needsDynamicCheck: Bool, sdk: String? = nil) {
        self.ruleId = ruleId; self.title = title; self.types = types; self.miitCategory = miitCategory
        self.severity = severity; self.confidence = confidence; self.legalBasis = legalBasis
        self.message = message; self.evidence = evidence; self.remediation = remediation
        self.needsDynamicCheck = needsDynamicCheck; self.sdk = sdk
    }
}

public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case info, low, medium, high
    public var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public enum Confidence: String, Codable, Hashable, Sendable {
    /// The package and policy prove it.
    case confirmed
    /// Static evidence points to a runtime behaviour a dynamic test must confirm.
    case suspected
}

/// Text in Chinese and English; reports pick by `--lang`.
public struct Localized: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) { self.zh = zh; self.en = en }
    public func text(_ lang: String) -> String { lang == "en" ? en : zh }
}
