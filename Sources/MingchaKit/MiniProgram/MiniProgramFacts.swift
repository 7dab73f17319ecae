/// What one mini-program's packages show, before it is turned into platform-neutral `AppFacts`:
/// its declarations, the privacy-API calls in its JS, the components and buttons of its WXML, and
/// the consent and UI wording around them.
public struct MiniProgramFacts: Sendable {
    public struct PackageSummary: Codable, Hashable, Sendable {
        public var label: String
        public var role: MiniProgramBundle.Role
        public var form: String
        public var files: Int
        /// Plugin packages: the plugin's appid when known (`definePlugin("plugin://wx…")` or the path).
        public var pluginId: String?
    }

    public var appid: String?
    /// The input's name (file without extension, or folder), the identity when no appid is known.
    public var sourceName: String?
    public var packages: [PackageSummary] = []
    public var config: AppConfig?
    /// `app-config.json` as evidence names it (package prefix when several packages).
    public var configFile: String?
    /// Privacy-API calls (catalogue `apis`).
    public var calls: [JSCall] = []
    public var consentCalls: [JSCall] = []
    public var authorizeCalls: [JSCall] = []
    public var exitCalls: [JSCall] = []
    public var wxml: [WXMLUse] = []
    public var checkboxes: [WXMLCheckbox] = []
    /// Where the UI wording of each `uiText` group occurs (implied consent, accounts, deletion...).
    public var uiText: [String: [Evidence]] = [:]
    /// Whether any WXML was read (UI signals are meaningless otherwise).
    public var wxmlRead = false
    /// JS module and file paths, for SDK matching.
    public var jsFiles: [String] = []
    /// Modules whose text reads local storage (a remembered refusal is possible there).
    public var modulesWithStorage: Set<String> = []
    public var policyCandidates: [PolicyCandidate] = []
    public var policyURLs: [String] = []
    public var notes: [String] = []
    public var problems: [ScanProblem] = []
    public init() {}

    /// The package a file belongs to, for evidence: `file` alone when there is one package.
    public func evidenceFile(package: String, file: String) -> String {
        packages.count <= 1 ? file : package + ":" + file
    }
}
