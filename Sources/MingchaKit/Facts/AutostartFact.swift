/// A way the app starts itself or other apps without the user opening it (MIIT C6).
public struct AutostartFact: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Woken by the system: boot, unlock, package/network/power changes, alarms.
        case selfStart
        /// Starts, binds or wakes another app (explicit component / setPackage of another package).
        case associatedStart
        /// An exported component meant to be woken by other apps (push-SDK "daemon" services).
        case wakeTarget
        /// Keep-alive devices: persistent, sync adapters used as keep-alive, battery-optimisation exemption.
        case keepAlive
    }
    public var kind: Kind
    /// The trigger (broadcast action, target package, mechanism).
    public var trigger: String
    /// The component that is started (receiver/service class) or the calling site.
    public var component: String
    public var collector: CollectionFact.Collector
    public var evidence: [Evidence]
    public init(kind: Kind, trigger: String, component: String, collector: CollectionFact.Collector = .app, evidence: [Evidence]) {
        self.kind = kind; self.trigger = trigger; self.component = component; self.collector = collector; self.evidence = evidence
    }
}
