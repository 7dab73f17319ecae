/// A rule reads `AppFacts` (never bytes) and returns findings. Each rule lives in its own file
/// under `Rules/Catalogue/`; `RuleCatalogue.all` lists them.
public protocol Rule: Sendable {
    var meta: RuleMeta { get }
    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding]
}

/// What a rule is, independent of any app: shown by `mingcha rules` / `mingcha explain` and
/// copied into every finding.
public struct RuleMeta: Codable, Hashable, Sendable {
    public var id: String
    public var title: Localized
    /// Shanghai CAC problem types (1...10) the rule belongs to.
    public var types: [Int]
    /// MIIT notice category (C1...C7, SDK), nil if none.
    public var miitCategory: String?
    /// Document and article, e.g. "《个人信息保护法》第十七条".
    public var legalBasis: [String]
    public var severity: Severity
    /// Confidence of a typical finding; a finding may lower it (an SDK's documented behaviour).
    public var confidence: Confidence
    public var needsDynamicCheck: Bool
    /// Platforms the rule runs on.
    public var platforms: [AppIdentity.Platform]
    /// What the rule checks, in a sentence or two.
    public var checks: Localized
    public var remediation: Localized

    public init(id: String, title: Localized, types: [Int], miitCategory: String?, legalBasis: [String],
                severity: Severity, confidence: Confidence, needsDynamicCheck: Bool = false,
                platforms: [AppIdentity.Platform] = [.android, .miniprogram], checks: Localized, remediation: Localized) {
        self.id = id; self.title = title; self.types = types; self.miitCategory = miitCategory; self.legalBasis = legalBasis
        self.severity = severity; self.confidence = confidence; self.needsDynamicCheck = needsDynamicCheck
        self.platforms = platforms; self.checks = checks; self.remediation = remediation
    }

    /// A finding of this rule; the engine applies severity overrides afterwards.
    public func finding(_ message: Localized, evidence: [Evidence], confidence: Confidence? = nil,
                        needsDynamicCheck: Bool? = nil, severity: Severity? = nil, sdk: String? = nil) -> Finding {
        let conf = confidence ?? self.confidence
        return Finding(ruleId: id, title: title, types: types, miitCategory: miitCategory, severity: severity ?? self.severity,
                       confidence: conf, legalBasis: legalBasis, message: message, evidence: evidence,
                       remediation: remediation, needsDynamicCheck: needsDynamicCheck ?? (self.needsDynamicCheck || conf == .suspected),
                       sdk: sdk)
    }
}

extension AppIdentity.Platform {
    /// Prefix of platform-specific rule ids.
    public var rulePrefix: String { self == .android ? "android" : "miniprogram" }
}
