/// Turns platform facts (+ policy facts + knowledge base) into `AppFacts`. The platform-specific
/// parts live in `AppFactsBuilder+<Source>.swift`; this file holds the last step every builder
/// shares: permissions become collection facts, duplicates go, and every list gets one order so
/// the JSON is the same byte for byte on every run.
public enum AppFactsBuilder {
    public static func finish(_ f: inout AppFacts) {
        addPermissionCollection(&f)
        addSDKDocumentedCollection(&f)
        f.permissions = unique(f.permissions).sorted { $0.name < $1.name }
        f.collection = unique(f.collection).sorted { key($0) < key($1) }
        f.sdks = unique(f.sdks).sorted { $0.id < $1.id }
        f.limitations = Array(Set(f.limitations)).sorted()
        f.preConsent = unique(f.preConsent).sorted { ($0.entryPoint, $0.target, $0.targetKind.rawValue) < ($1.entryPoint, $1.target, $1.targetKind.rawValue) }
        f.permissionRequests = unique(f.permissionRequests).sorted { ($0.site, $0.permissions.joined(separator: ",")) < ($1.site, $1.permissions.joined(separator: ",")) }
        f.autostart = unique(f.autostart).sorted { ($0.kind.rawValue, $0.component, $0.trigger) < ($1.kind.rawValue, $1.component, $1.trigger) }
        f.background = unique(f.background).sorted { ($0.mechanism.rawValue, $0.detail, collectorKey($0.collector)) < ($1.mechanism.rawValue, $1.detail, collectorKey($1.collector)) }
        f.declarations = unique(f.declarations).sorted { ($0.api, $0.declaredIn) < ($1.api, $1.declaredIn) }
    }

    /// Each sensitive permission is a way for the app to collect the information it exposes.
    static func addPermissionCollection(_ f: inout AppFacts) {
        var have = Set(f.collection.filter { $0.channel == .permission && $0.collector == .app }.map(\.infoType))
        for p in f.permissions where p.sensitive {
            for t in p.infoTypes where have.insert(t).inserted {
                f.collection.append(CollectionFact(infoType: t, collector: .app, channel: .permission, evidence: p.evidence))
            }
        }
    }

    /// What an SDK is documented to collect is a (weaker) collection fact of that SDK, unless the
    /// package already shows the same collection by that SDK.
    static func addSDKDocumentedCollection(_ f: inout AppFacts) {
        var have = Set(f.collection.map { collectorKey($0.collector) + "\u{1}" + $0.infoType.rawValue })
        for sdk in f.sdks {
            for t in sdk.collects where have.insert("sdk:" + sdk.id + "\u{1}" + t.rawValue).inserted {
                f.collection.append(CollectionFact(infoType: t, collector: .sdk(sdk.id), channel: .sdkDocumented,
                                                   evidence: Array(sdk.evidence.prefix(2))))
            }
        }
    }

    static func collectorKey(_ c: CollectionFact.Collector) -> String {
        switch c { case .app: return "app"; case .sdk(let id): return "sdk:" + id }
    }

    static func key(_ c: CollectionFact) -> String {
        c.infoType.rawValue + "\u{1}" + collectorKey(c.collector) + "\u{1}" + c.channel.rawValue + "\u{1}" + (c.evidence.first?.oneLine ?? "")
    }

    static func unique<T: Hashable>(_ xs: [T]) -> [T] {
        var seen = Set<T>()
        return xs.filter { seen.insert($0).inserted }
    }
}
