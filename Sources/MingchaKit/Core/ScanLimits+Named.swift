/// Limits named on the command line (`--limit name=value`), so a tester can loosen or tighten one
/// bound for one app without a configuration file.
extension ScanLimits {
    /// The names `set(_:to:)` accepts, with what each bounds (shown by `--help` and in errors).
    public static let names: [(name: String, meaning: String)] = [
        ("time", "seconds one app may take"),
        ("entries", "entries in one archive"),
        ("entry-mb", "inflated MiB of one entry"),
        ("total-mb", "inflated MiB of the whole app"),
        ("ratio", "compression ratio of one entry (above 1 MiB)"),
        ("nesting", "archives inside archives"),
        ("dex-count", "DEX files"),
        ("dex-items", "ids in one DEX table"),
        ("strings", "strings in one string pool"),
        ("call-edges", "call-graph edges"),
        ("call-depth", "call-graph depth"),
        ("policy-mb", "MiB of policy text"),
    ]

    /// Sets the limit called `name` from `value` (a positive number).
    public mutating func set(_ name: String, to value: String) throws {
        guard let number = Double(value), number > 0, number.isFinite else {
            throw LimitError.badValue(name, value)
        }
        let whole = Int(min(number, Double(Int.max / (1 << 20))))
        switch name {
        case "time": timeoutSeconds = number
        case "entries": maxEntries = whole
        case "entry-mb": maxEntryBytes = whole << 20
        case "total-mb": maxTotalBytes = whole << 20
        case "ratio": maxCompressionRatio = whole
        case "nesting": maxNesting = whole
        case "dex-count": maxDexCount = whole
        case "dex-items": maxDexItems = whole
        case "strings": maxStrings = whole
        case "call-edges": maxCallEdges = whole
        case "call-depth": maxCallDepth = whole
        case "policy-mb": maxPolicyBytes = whole << 20
        default: throw LimitError.unknown(name)
        }
    }

    /// Applies `name=value` settings in order.
    public mutating func apply(_ settings: [String]) throws {
        for s in settings {
            guard let eq = s.firstIndex(of: "=") else { throw LimitError.malformed(s) }
            try set(String(s[..<eq]), to: String(s[s.index(after: eq)...]))
        }
    }
}

public enum LimitError: MingchaError, Equatable {
    case unknown(String)
    case badValue(String, String)
    case malformed(String)

    public var code: String { "usage.limit" }
    public var description: String {
        let known = ScanLimits.names.map(\.name).joined(separator: ", ")
        switch self {
        case .unknown(let n): return "unknown limit '\(n)'; known limits: \(known)"
        case let .badValue(n, v): return "limit \(n) needs a positive number, not '\(v)'"
        case .malformed(let s): return "write a limit as name=value (e.g. time=60), not '\(s)'"
        }
    }
}
