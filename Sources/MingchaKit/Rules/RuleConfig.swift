import Foundation

/// How to judge: rules switched off, severities changed, the app category and thresholds.
/// Loaded from a JSON file (`--rules-config`) and then adjusted by command-line flags:
///
/// ```json
/// { "disabled": ["policy.vague"], "only": null,
///   "severity": {"android.self-start": "low"},
///   "category": "新闻资讯",
///   "thresholds": {"deletionWorkingDays": 15, "reRequestHours": 48} }
/// ```
/// Unknown keys and unknown rule ids are errors, so a typo cannot silently disable nothing.
public struct RuleConfig: Codable, Equatable, Sendable {
    /// Rule ids not to run.
    public var disabled: [String] = []
    /// When set, run only these rule ids.
    public var only: [String]?
    /// Severity per rule id, replacing the rule's own.
    public var severity: [String: Severity] = [:]
    /// App category (id or Chinese name from Signatures/categories.json) for necessary-scope rules.
    public var category: String?
    public var thresholds = RuleThresholds()

    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable { case disabled, only, severity, category, thresholds }

    public init(from decoder: Decoder) throws {
        try RuleConfig.rejectUnknownKeys(decoder, known: CodingKeys.allCases.map(\.rawValue), section: "")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        disabled = try c.decodeIfPresent([String].self, forKey: .disabled) ?? []
        only = try c.decodeIfPresent([String].self, forKey: .only)
        severity = try c.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
        category = try c.decodeIfPresent(String.self, forKey: .category)
        thresholds = try c.decodeIfPresent(RuleThresholds.self, forKey: .thresholds) ?? RuleThresholds()
    }

    static func rejectUnknownKeys(_ decoder: Decoder, known: [String], section: String) throws {
        let any = try decoder.container(keyedBy: AnyKey.self)
        for k in any.allKeys where !known.contains(k.stringValue) {
            throw RuleConfigError.unknownKey(section.isEmpty ? k.stringValue : section + "." + k.stringValue)
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a configuration file.
    public static func load(path: String) throws -> RuleConfig {
        guard let data = FileManager.default.contents(atPath: path) else { throw RuleConfigError.unreadable(path) }
        guard data.count <= 1 << 20 else { throw RuleConfigError.malformed(path, "larger than 1 MiB") }
        do {
            return try JSONDecoder().decode(RuleConfig.self, from: data)
        } catch let e as RuleConfigError {
            throw e
        } catch let DecodingError.dataCorrupted(ctx) {
            throw RuleConfigError.malformed(path, ctx.debugDescription)
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw RuleConfigError.malformed(path, "wrong type at " + ctx.codingPath.map(\.stringValue).joined(separator: ".") + ": " + ctx.debugDescription)
        } catch {
            throw RuleConfigError.malformed(path, String(describing: error))
        }
    }

    /// Checks every rule id the configuration names against the catalogue.
    public func validate(knownIds: Set<String>) throws {
        for id in disabled + (only ?? []) + severity.keys.sorted() where !knownIds.contains(id) {
            throw RuleConfigError.unknownRule(id)
        }
        try thresholds.validate()
    }

    /// Applies one `--severity ID=LEVEL` flag.
    public mutating func setSeverity(_ assignment: String) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else { throw RuleConfigError.badSeverity(assignment) }
        guard let level = Severity(rawValue: parts[1].lowercased()) else { throw RuleConfigError.badSeverity(assignment) }
        severity[parts[0]] = level
    }

    /// Whether a rule runs under this configuration.
    public func isEnabled(_ id: String) -> Bool {
        if disabled.contains(id) { return false }
        if let only { return only.contains(id) }
        return true
    }
}

/// Numbers the rules compare against; every one has the value regulators use by default.
public struct RuleThresholds: Codable, Equatable, Sendable {
    /// Account deletion must complete within this many working days (认定方法 六.3).
    public var deletionWorkingDays = 15
    /// A denied permission may not be asked again within this many hours (app-store practice).
    public var reRequestHours = 48
    /// A single request spanning this many permission groups or more is "bundled".
    public var bundledGroups = 2
    /// Vagueness markers needed before the policy counts as vague.
    public var vagueMarkers = 2
    /// A mention of a parent type ("设备标识符") covers its children (IMEI, MAC).
    public var parentMentionCovers = true
    /// SDK categories treated as advertising (motion sensors in ad code).
    public var adSDKCategories = ["ads", "ad", "advertising"]
    /// Weakest SDK evidence that counts as "embedded" for disclosure rules.
    public var sdkMinimumStrength: SDKFact.Strength = .present

    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case deletionWorkingDays, reRequestHours, bundledGroups, vagueMarkers, parentMentionCovers, adSDKCategories, sdkMinimumStrength
    }

    public init(from decoder: Decoder) throws {
        try RuleConfig.rejectUnknownKeys(decoder, known: CodingKeys.allCases.map(\.rawValue), section: "thresholds")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = RuleThresholds()
        deletionWorkingDays = try c.decodeIfPresent(Int.self, forKey: .deletionWorkingDays) ?? d.deletionWorkingDays
        reRequestHours = try c.decodeIfPresent(Int.self, forKey: .reRequestHours) ?? d.reRequestHours
        bundledGroups = try c.decodeIfPresent(Int.self, forKey: .bundledGroups) ?? d.bundledGroups
        vagueMarkers = try c.decodeIfPresent(Int.self, forKey: .vagueMarkers) ?? d.vagueMarkers
        parentMentionCovers = try c.decodeIfPresent(Bool.self, forKey: .parentMentionCovers) ?? d.parentMentionCovers
        adSDKCategories = try c.decodeIfPresent([String].self, forKey: .adSDKCategories) ?? d.adSDKCategories
        sdkMinimumStrength = try c.decodeIfPresent(SDKFact.Strength.self, forKey: .sdkMinimumStrength) ?? d.sdkMinimumStrength
    }

    func validate() throws {
        if !(1...365).contains(deletionWorkingDays) { throw RuleConfigError.badThreshold("deletionWorkingDays", deletionWorkingDays) }
        if !(1...8760).contains(reRequestHours) { throw RuleConfigError.badThreshold("reRequestHours", reRequestHours) }
        if !(2...20).contains(bundledGroups) { throw RuleConfigError.badThreshold("bundledGroups", bundledGroups) }
        if !(1...1000).contains(vagueMarkers) { throw RuleConfigError.badThreshold("vagueMarkers", vagueMarkers) }
    }
}

public enum RuleConfigError: MingchaError, Equatable {
    case unreadable(String)
    case malformed(String, String)
    case unknownKey(String)
    case unknownRule(String)
    case badSeverity(String)
    case badThreshold(String, Int)
    case unknownCategory(String)

    public var code: String {
        switch self {
        case .unreadable: return "rules.config-unreadable"
        case .malformed: return "rules.config-malformed"
        case .unknownKey: return "rules.config-unknown-key"
        case .unknownRule: return "rules.unknown-rule"
        case .badSeverity: return "rules.bad-severity"
        case .badThreshold: return "rules.bad-threshold"
        case .unknownCategory: return "rules.unknown-category"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let p): return "cannot read the rule configuration \(p)"
        case let .malformed(p, why): return "the rule configuration \(p) is not valid JSON for Mingcha: \(why)"
        case .unknownKey(let k): return "the rule configuration has an unknown key '\(k)' (known: disabled, only, severity, category, thresholds)"
        case .unknownRule(let id): return "no rule has the id '\(id)' (see `mingcha rules`)"
        case .badSeverity(let s): return "'\(s)' is not RULE=LEVEL with LEVEL one of info, low, medium, high"
        case let .badThreshold(name, v): return "threshold \(name) = \(v) is out of range"
        case .unknownCategory(let c): return "'\(c)' is not an app category in Signatures/categories.json"
        }
    }
}
