/// One place that asks the user for a permission at run time.
/// Android: `ActivityCompat.requestPermissions`, `Activity.requestPermissions`,
/// `ActivityResultContracts.RequestPermission(s)`, permission libraries.
/// Mini-program: `wx.authorize({scope})`, a button with `open-type="getPhoneNumber"`, the
/// implicit prompt of `wx.getLocation` (then `site` is the calling page).
public struct PermissionRequestFact: Codable, Hashable, Sendable {
    public enum Rationale: String, Codable, Hashable, Sendable {
        /// A purpose is shown before the prompt (dialog in the same flow, rationale check used).
        case shown
        /// A purpose is declared where the system shows it (TAF 076 meta-data, `permission.*.desc`).
        case declared
        /// Nothing explains the purpose.
        case none
        /// Not analysed.
        case unknown
    }

    /// Class->method, or page and handler.
    public var site: String
    /// The lifecycle method the request sits in or is reached from (onCreate, onResume, onStart,
    /// onWindowFocusChanged, onLaunch, onLoad, onShow), when known.
    public var lifecycle: String?
    /// The site is the launcher/splash screen, the Application, or the mini-program's launch /
    /// first page: the request comes before any function needs it.
    public var atLaunch: Bool
    /// Permission or scope names requested together in this one request.
    public var permissions: [String]
    /// Permission groups of those permissions (from the knowledge base), for bundled-request checks.
    public var groups: [String]
    public var infoTypes: [InfoType]
    public var rationale: Rationale
    /// A denial is remembered (SharedPreferences flag / timestamp, storage key) before asking again;
    /// nil when not analysed.
    public var denialPersisted: Bool?
    /// The shortest re-ask interval the code enforces, in hours, when one was found.
    public var reRequestIntervalHours: Double?
    public var collector: CollectionFact.Collector
    public var evidence: [Evidence]

    public init(site: String, lifecycle: String? = nil, atLaunch: Bool = false, permissions: [String], groups: [String] = [],
                infoTypes: [InfoType] = [], rationale: Rationale = .unknown, denialPersisted: Bool? = nil,
                reRequestIntervalHours: Double? = nil, collector: CollectionFact.Collector = .app, evidence: [Evidence]) {
        self.site = site; self.lifecycle = lifecycle; self.atLaunch = atLaunch; self.permissions = permissions
        self.groups = groups; self.infoTypes = infoTypes; self.rationale = rationale; self.denialPersisted = denialPersisted
        self.reRequestIntervalHours = reRequestIntervalHours; self.collector = collector; self.evidence = evidence
    }
}
