/// What one app is and can do, independent of platform: the only input rules read.
/// Builders turn AndroidFacts / MiniProgramFacts (+ policy facts + knowledge base) into this.
///
/// Owned by the Facts/Rules stage; other stages may add optional fields, never rename these.
///
/// How each platform fills each field, and which rules read it (a builder that leaves a field
/// empty silences those rules rather than making them fire):
///
/// | field | Android | mini-program | read by |
/// |---|---|---|---|
/// | `permissions` | `<uses-permission>` + knowledge-base info types; `sensitive` = dangerous/special | scopes used (`scope.userLocation`...) and `requiredPrivateInfos` | excessive-permission, legacy-target-sdk, undisclosed-info |
/// | `collection` | sensitive API call sites (collector by package prefix), permissions, SDKs' documented collection (`.sdkDocumented`) | `wx.*` privacy APIs (`.miniProgramAPI`), WXML `open-type` (`.component`) | policy.*, app-list, device-identifiers, clipboard-read, no-consent-flow |
/// | `sdks` | prefix matches in DEX, native libs, manifest components | plugins, known JS SDK files | undisclosed-sdk, sdk-info-unattributed, shake-sensors-in-ads |
/// | `policy` | asset/raw policy, supplied file, URL in strings; `.absent` after searching all three | supplied file only (nil when none: the guide lives in the WeChat console) | policy.* |
/// | `consent` | layouts (CheckBox near a policy link), string resources, disagree click handlers | WXML checkboxes, privacy-API use (`flowPresent`), `wx.exitMiniProgram` in a disagree handler | default-checked-agreement, implied-consent, disagree-exits, no-consent-flow |
/// | `preConsent` | call-graph reachability from Application/provider/static init/launcher; auto-init providers | privacy APIs in `App.onLaunch` / first page before authorisation | pre-consent-collection, pre-consent-sdk-init |
/// | `permissionRequests` | request call sites with lifecycle, launcher flag, arrays, rationale, persisted denial | `wx.authorize`, `getPhoneNumber` buttons, `permission.*.desc` as `.declared` rationale | launch/phone-on-launch, bundled, repeated, request-without-rationale, location-no-desc |
/// | `autostart` | receivers (boot, unlock, package, network), explicit starts of other packages, exported push components | — | self-start, associated-start |
/// | `background` | ACCESS_BACKGROUND_LOCATION, location foreground services, sensitive calls in services/timers | `requiredBackgroundModes`, `startLocationUpdateBackground` | background-location, background-collection |
/// | `ui` | string resources and layout texts | WXML text | no-account-deletion, no-personalisation-optout |
/// | `category` | `--category` / batch list, resolved in categories.json | same | excessive-permission |
/// | `declarations` | — | location APIs vs `requiredPrivateInfos` | undeclared-private-info |
/// | `android` | manifest `uses-sdk`, installer use, packers | nil | legacy-target-sdk, install-packages, code-hidden |
///
/// Every builder ends with `AppFactsBuilder.finish(&facts)` (permissions become collection facts,
/// duplicates go, lists get one order).
public struct AppFacts: Codable, Sendable {
    public var identity: AppIdentity
    /// Permissions the app asks for (Android uses-permission; mini-program scopes and private infos).
    public var permissions: [PermissionFact] = []
    /// Who can collect which information type, and where that shows.
    public var collection: [CollectionFact] = []
    /// Third-party SDKs embedded in the package.
    public var sdks: [SDKFact] = []
    /// Notes about the package that limit what static analysis could see (packer, partial read).
    public var limitations: [String] = []

    // Facts added for the rules. All are optional or empty by default, so JSON written before a
    // field existed still decodes, and a builder fills only what its platform can see.

    /// The privacy policy; nil when no one looked for one (policy rules then stay silent).
    public var policy: PolicySummary?
    /// How consent to the policy is asked.
    public var consent = ConsentSignals()
    /// Collection or SDK start that can run before consent.
    public var preConsent: [PreConsentFact] = []
    /// Run-time permission requests.
    public var permissionRequests: [PermissionRequestFact] = []
    /// Self-start, associated start and keep-alive.
    public var autostart: [AutostartFact] = []
    /// Collection possible while the app is in the background.
    public var background: [BackgroundFact] = []
    /// What the UI text offers; nil when UI text was not read.
    public var ui: UISignals?
    /// The app's service category when given (`--category`, batch list).
    public var category: AppCategory?
    /// APIs the platform requires declaring, and whether they are.
    public var declarations: [DeclarationFact] = []
    /// Android-only traits (target SDK, installer use, packers); nil for mini-programs.
    public var android: AndroidTraits?

    public init(identity: AppIdentity) { self.identity = identity }

    private enum CodingKeys: String, CodingKey {
        case identity, permissions, collection, sdks, limitations
        case policy, consent, preConsent, permissionRequests, autostart, background, ui, category, declarations, android
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        identity = try c.decode(AppIdentity.self, forKey: .identity)
        permissions = try c.decodeIfPresent([PermissionFact].self, forKey: .permissions) ?? []
        collection = try c.decodeIfPresent([CollectionFact].self, forKey: .collection) ?? []
        sdks = try c.decodeIfPresent([SDKFact].self, forKey: .sdks) ?? []
        limitations = try c.decodeIfPresent([String].self, forKey: .limitations) ?? []
        policy = try c.decodeIfPresent(PolicySummary.self, forKey: .policy)
        consent = try c.decodeIfPresent(ConsentSignals.self, forKey: .consent) ?? ConsentSignals()
        preConsent = try c.decodeIfPresent([PreConsentFact].self, forKey: .preConsent) ?? []
        permissionRequests = try c.decodeIfPresent([PermissionRequestFact].self, forKey: .permissionRequests) ?? []
        autostart = try c.decodeIfPresent([AutostartFact].self, forKey: .autostart) ?? []
        background = try c.decodeIfPresent([BackgroundFact].self, forKey: .background) ?? []
        ui = try c.decodeIfPresent(UISignals.self, forKey: .ui)
        category = try c.decodeIfPresent(AppCategory.self, forKey: .category)
        declarations = try c.decodeIfPresent([DeclarationFact].self, forKey: .declarations) ?? []
        android = try c.decodeIfPresent(AndroidTraits.self, forKey: .android)
    }
}

public struct AppIdentity: Codable, Hashable, Sendable {
    public enum Platform: String, Codable, Sendable { case android, miniprogram }
    public var platform: Platform
    /// Android package name or mini-program appid.
    public var id: String
    /// App label (default locale) and Chinese label where the package has one.
    public var name: String?
    public var nameZh: String?
    public var versionName: String?
    public var versionCode: String?
    /// Developer, from the batch list or the signing certificate's subject.
    public var developer: String?
    public init(platform: Platform, id: String) { self.platform = platform; self.id = id }
}

public struct PermissionFact: Codable, Hashable, Sendable {
    public var name: String
    public var zhName: String?
    public var infoTypes: [InfoType]
    /// Runtime (dangerous) or special permission that touches personal information.
    public var sensitive: Bool
    public var evidence: [Evidence]
    public init(name: String, zhName: String? = nil, infoTypes: [InfoType], sensitive: Bool, evidence: [Evidence]) {
        self.name = name; self.zhName = zhName; self.infoTypes = infoTypes; self.sensitive = sensitive; self.evidence = evidence
    }
}

/// "Collector can collect infoType", shown by evidence (an API call site, a permission, an SDK's
/// documented behaviour, a mini-program API use).
public struct CollectionFact: Codable, Hashable, Sendable {
    public enum Collector: Codable, Hashable, Sendable {
        case app
        case sdk(String)
    }
    public enum Channel: String, Codable, Sendable { case permission, api, sdkDocumented, miniProgramAPI, component }
    public var infoType: InfoType
    public var collector: Collector
    public var channel: Channel
    public var evidence: [Evidence]
    public init(infoType: InfoType, collector: Collector, channel: Channel, evidence: [Evidence]) {
        self.infoType = infoType; self.collector = collector; self.channel = channel; self.evidence = evidence
    }
}

public struct SDKFact: Codable, Hashable, Sendable {
    public enum Strength: String, Codable, Sendable, Comparable, CaseIterable {
        case present, referenced, initialised
        public static func < (a: Strength, b: Strength) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }
    public var id: String
    public var nameZh: String?
    public var nameEn: String
    public var vendor: String?
    public var category: String
    public var strength: Strength
    /// Information types the SDK is documented to collect (empty when unknown).
    public var collects: [InfoType]
    public var evidence: [Evidence]
    /// Whether the SDK's category sends data to a third party (ads, analytics, push...) or is only a
    /// code library (Kotlin, Jetpack); nil when unknown. Disclosure rules skip code libraries.
    public var dataRecipient: Bool?
    public init(id: String, nameZh: String?, nameEn: String, vendor: String?, category: String, strength: Strength,
                collects: [InfoType], evidence: [Evidence], dataRecipient: Bool? = nil) {
        self.id = id; self.nameZh = nameZh; self.nameEn = nameEn; self.vendor = vendor; self.category = category
        self.strength = strength; self.collects = collects; self.evidence = evidence; self.dataRecipient = dataRecipient
    }
}
