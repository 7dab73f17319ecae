/// What the user asked for one scan: limits, where the policy is, how to judge.
public struct ScanOptions: Sendable {
    public var limits = ScanLimits()
    /// A privacy-policy file supplied for this app (HTML, text, Markdown).
    public var policyPath: String?
    /// Policy URLs supplied for this app (`--policy-url`, batch list): recorded as links, fetched
    /// only when `fetchPolicies` is set.
    public var policyURLs: [String] = []
    /// Fetch the supplied and in-package policy URLs (`--fetch-policies`); nil keeps the scan offline.
    public var fetchPolicies: PolicyFetchSettings?
    /// Mini-program appid, for V1MMWX decryption when the path does not carry it.
    public var appid: String?
    /// App category (one of the 39 in Signatures/categories.json) for necessary-scope rules.
    public var category: String?
    /// Rule configuration file (JSON): disabled rules, severity overrides, thresholds.
    public var ruleConfigPath: String?
    /// Identity supplied by a batch list (app name, developer, store); wins over what the package says.
    public var listedName: String?
    public var listedDeveloper: String?
    public var listedSource: String?

    /// Do all of the scan's work on the calling thread (see `ScanThreads`).
    public var singleThread = false
    /// The package file's SHA-256 (lowercase hex) when the caller has just computed it: a batch
    /// hashes each file for its result key and passes the digest on, so the child does not read
    /// the whole file a second time. Ignored for a mini-program folder (its digest is per file).
    public var knownSHA256: String?

    /// Whether `s` is a SHA-256 as `knownSHA256` takes it: 64 lowercase hex digits.
    public static func isSHA256Hex(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    public init() {}
}
