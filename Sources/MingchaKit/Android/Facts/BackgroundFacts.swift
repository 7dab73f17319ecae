/// Collection possible while the app is not in front (type 4 / MIIT C7): the background
/// location permission, foreground services typed location/camera/microphone, and sensitive
/// calls inside services, jobs and workers.
enum BackgroundFacts {
    /// Foreground-service types that are themselves collection.
    static let serviceTypes: [String: [InfoType]] = [
        "location": ["location"], "camera": ["camera"], "microphone": ["microphone"],
    ]
    /// Framework bases of code that runs without a screen.
    static let backgroundBases = ["android.app.Service", "android.app.IntentService", "android.app.job.JobService",
                                  "androidx.work.Worker", "androidx.work.ListenableWorker", "androidx.work.CoroutineWorker",
                                  "androidx.core.app.JobIntentService"]

    static func manifestFacts(manifest: AndroidManifest, ownership: SDKOwnership) -> [BackgroundFact] {
        var out: [BackgroundFact] = []
        for p in manifest.usesPermissions where p.name == "android.permission.ACCESS_BACKGROUND_LOCATION" {
            out.append(BackgroundFact(infoTypes: ["background_location", "location"], mechanism: .permission, detail: p.name,
                                      evidence: [p.evidence]))
        }
        for c in manifest.components(.service) where c.enabled {
            let types = (c.foregroundServiceType ?? []).flatMap { serviceTypes[$0] ?? [] }
            guard !types.isEmpty else { continue }
            let names = (c.foregroundServiceType ?? []).filter { serviceTypes[$0] != nil }.joined(separator: "|")
            out.append(BackgroundFact(infoTypes: Array(Set(types)).sorted(), mechanism: .foregroundService,
                                      detail: c.name + " foregroundServiceType=" + names,
                                      collector: ownership.collector(Int32(ownership.owner(ofClass: c.name) ?? -1)),
                                      evidence: [c.evidence]))
        }
        return out
    }

    /// Sensitive sites whose calling class (or its outer class) is a service, job or worker.
    static func codeFacts(sites: [CollectionFacts.Site], index: DexIndex, manifest: AndroidManifest,
                          ownership: SDKOwnership, owners: [Int32]) -> [BackgroundFact] {
        var background = Set(manifest.components(.service).map(\.name))
        for base in backgroundBases {
            for c in index.subclasses(of: base, transitive: true) { background.insert(c.name) }
        }
        struct Key: Hashable { var cls: String; var owner: Int32 }
        var order: [Key] = []
        var types: [Key: Set<InfoType>] = [:]
        var evidence: [Key: [Evidence]] = [:]
        func backgroundClass(of method: Int32) -> String? {
            guard let ref = index.methodRef(method) else { return nil }
            if background.contains(ref.className) { return ref.className }
            let outer = ref.className.split(separator: "$", maxSplits: 1).first.map(String.init) ?? ref.className
            return background.contains(outer) ? outer : nil
        }
        for s in sites {
            var cls = backgroundClass(of: s.caller)
            var ev = s.evidence
            // A helper (DeviceUtils.getImei) called from a service's timer task collects in the
            // background too: look a few calls up for a method of a background class.
            if cls == nil, let chain = callersChain(to: s.caller, index: index, where: { backgroundClass(of: $0) != nil }) {
                cls = chain.first.flatMap(backgroundClass)
                ev = Evidence(.callPath, file: s.evidence.file, location: s.evidence.location, detail: s.evidence.detail,
                              path: chain.compactMap { index.methodRef($0)?.smali } + [s.evidence.detail ?? ""])
            }
            guard let cls else { continue }
            let owner = Int(s.caller) < owners.count ? owners[Int(s.caller)] : -1
            let k = Key(cls: cls, owner: owner)
            if types[k] == nil { order.append(k) }
            types[k, default: []].formUnion(s.infoTypes)
            if evidence[k, default: []].count < CollectionFacts.examples { evidence[k, default: []].append(ev) }
        }
        return order.map { k in
            BackgroundFact(infoTypes: (types[k] ?? []).sorted(), mechanism: .api, detail: k.cls,
                           collector: ownership.collector(k.owner), evidence: evidence[k] ?? [])
        }
    }

    /// The shortest chain of direct calls (at most `maxDepth` up, `maxNodes` methods looked at)
    /// from a method satisfying `isRoot` down to `target`, outermost first; nil when none.
    static func callersChain(to target: Int32, index: DexIndex, maxDepth: Int = 3, maxNodes: Int = 256,
                             where isRoot: (Int32) -> Bool) -> [Int32]? {
        var parent: [Int32: Int32] = [target: -1]
        var frontier = [target]
        for _ in 0..<maxDepth {
            var next: [Int32] = []
            for m in frontier {
                for c in index.callerIds(of: m) where parent[c] == nil {
                    guard parent.count < maxNodes else { return nil }
                    parent[c] = m
                    if isRoot(c) {
                        var chain = [c]
                        var cur = m
                        while cur != -1 { chain.append(cur); cur = parent[cur] ?? -1 }
                        return chain
                    }
                    next.append(c)
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return nil
    }
}
