/// A capability to collect information while the app is not in front (type 4 / MIIT C7).
/// Android: ACCESS_BACKGROUND_LOCATION, a location foreground service, sensitive calls in
/// services/workers/alarms or periodic timers. Mini-program: `requiredBackgroundModes: ["location"]`,
/// `wx.startLocationUpdateBackground`, scope `userLocationBackground`.
public struct BackgroundFact: Codable, Hashable, Sendable {
    public enum Mechanism: String, Codable, Hashable, Sendable {
        case permission          // a background permission is declared
        case foregroundService   // foregroundServiceType / a service that collects
        case backgroundMode      // mini-program requiredBackgroundModes
        case api                 // a background-collection API call
        case periodicTask        // timers, alarms, periodic work around a sensitive call
    }
    public var infoTypes: [InfoType]
    public var mechanism: Mechanism
    /// What shows it: permission name, service class, mode, API.
    public var detail: String
    public var collector: CollectionFact.Collector
    public var evidence: [Evidence]
    public init(infoTypes: [InfoType], mechanism: Mechanism, detail: String, collector: CollectionFact.Collector = .app,
                evidence: [Evidence]) {
        self.infoTypes = infoTypes; self.mechanism = mechanism; self.detail = detail; self.collector = collector; self.evidence = evidence
    }
}
