/// Something that runs before the user can have agreed to the policy and collects information
/// or starts an SDK. Android: reachable from `Application.attachBaseContext/onCreate`, a
/// `ContentProvider.onCreate`, a static initialiser or the launcher before the consent check.
/// Mini-program: a privacy API called from `App.onLaunch` / the first page's `onLoad` before
/// any privacy-authorisation call.
public struct PreConsentFact: Codable, Hashable, Sendable {
    public enum EntryKind: String, Codable, Hashable, Sendable {
        case applicationInit     // Application.attachBaseContext / onCreate
        case providerInit        // ContentProvider.onCreate (runs before Application.onCreate)
        case staticInit          // <clinit> of a class loaded at start
        case launcher            // launcher / splash activity before the consent check
        case appLaunch           // mini-program App.onLaunch / onShow
        case firstPage           // mini-program first page onLoad / onShow
    }
    public enum TargetKind: String, Codable, Hashable, Sendable {
        /// A sensitive API (descriptor or `wx.*` name).
        case sensitiveAPI
        /// An SDK's initialisation method.
        case sdkInit
        /// An SDK's manifest provider that initialises it automatically at process start.
        case autoInitProvider
    }

    public var entryKind: EntryKind
    /// The entry point (class->method, or `app.js App.onLaunch`).
    public var entryPoint: String
    /// Calls from the entry point to the target, outermost first.
    public var callPath: [String]
    public var targetKind: TargetKind
    /// The API descriptor, SDK init method or provider class.
    public var target: String
    /// Information the target collects (empty for an SDK init with unknown collection).
    public var infoTypes: [InfoType]
    public var collector: CollectionFact.Collector
    /// A consent flag is checked on the path (then the fact is weaker); nil when not analysed.
    public var guardedByConsentCheck: Bool?
    public var evidence: [Evidence]

    public init(entryKind: EntryKind, entryPoint: String, callPath: [String] = [], targetKind: TargetKind, target: String,
                infoTypes: [InfoType] = [], collector: CollectionFact.Collector = .app, guardedByConsentCheck: Bool? = nil,
                evidence: [Evidence]) {
        self.entryKind = entryKind; self.entryPoint = entryPoint; self.callPath = callPath; self.targetKind = targetKind
        self.target = target; self.infoTypes = infoTypes; self.collector = collector
        self.guardedByConsentCheck = guardedByConsentCheck; self.evidence = evidence
    }
}
