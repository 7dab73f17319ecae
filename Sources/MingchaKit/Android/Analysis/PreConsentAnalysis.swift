import Foundation

/// Collection before consent (violation type 6): sensitive-API calls and SDK init calls reachable
/// from what Android runs at process start (see EntryPoints), and SDK auto-init providers. The
/// shortest call path is the evidence; `guardedByConsentCheck` is the ConsentGuard heuristic.
public enum PreConsentAnalysis {
    /// Facts plus what the search did, so a caller can report truncation and cost.
    public struct Result: Sendable {
        public var facts: [PreConsentFact]
        public var entryPoints: Int
        public var graphEdges: Int
        public var nodesVisited: Int
        /// Some bound was hit (call edges, depth, nodes): reachability is partial.
        public var truncated: Bool
        public var seconds: Double
        /// Of `seconds`, building the call graph.
        public var graphSeconds: Double = 0
    }

    public static let maxNodesPerSearch = 1_000_000
    /// Platform support libraries: their own sensitive calls (AppCompat's twilight location,
    /// media compat) sit behind permission checks the app does not control, so a path that ends
    /// inside them is not reported as the app's collection. Paths through them are followed.
    static let supportLibraries = ["Landroidx/", "Landroid/support/"]
    /// Facts kept per entry kind and target, so one API called from many places is one fact.
    public static let maxFactsPerTarget = 1

    public static func run(dex: DexIndex, manifest: AndroidManifest, knowledge: KnowledgeBase, sdks: [SDKMatcher.Match],
                           limits: ScanLimits) -> [PreConsentFact] {
        analyse(dex: dex, manifest: manifest, knowledge: knowledge, sdks: sdks, limits: limits).facts
    }

    public static func analyse(dex: DexIndex, manifest: AndroidManifest, knowledge: KnowledgeBase, sdks: [SDKMatcher.Match],
                               limits: ScanLimits, graph given: CallGraph? = nil) -> Result {
        let clock = Date()
        let attribution = SDKAttribution(matches: sdks, knowledge: knowledge)
        var facts = autoInitProviders(manifest: manifest, attribution: attribution)
        let h = ClassHierarchy(dex)
        let entries = EntryPoints.find(dex: dex, manifest: manifest, hierarchy: h)
        guard !entries.isEmpty else {
            return Result(facts: facts, entryPoints: 0, graphEdges: 0, nodesVisited: 0, truncated: false,
                          seconds: Date().timeIntervalSince(clock))
        }
        let graphClock = Date()
        let graph = given ?? CallGraph(dex: dex, limits: limits, hierarchy: h)
        let graphSeconds = Date().timeIntervalSince(graphClock)
        let targets = TargetTable(dex: dex, knowledge: knowledge, sdks: sdks)
        var guardCheck = ConsentGuard(dex: dex)
        var truncated = graph.truncated
        var visited = 0
        let kinds: [PreConsentFact.EntryKind] = [.providerInit, .staticInit, .applicationInit, .launcher]
        for kind in kinds {
            let roots = entries.filter { $0.kind == kind }.map(\.method)
            guard !roots.isEmpty else { continue }
            let reach = Reachability(graph: graph, entries: roots, maxDepth: limits.maxCallDepth, maxNodes: maxNodesPerSearch)
            truncated = truncated || reach.truncated
            visited += reach.order.count
            var found: [String: Int] = [:]
            for m in reach.order {
                for e in dex.calls.edges(from: m) {
                    guard let t = targets.target(ofCallee: dex.calls.to[Int(e)]) else { continue }
                    if t.kind == .sensitiveAPI, let caller = dex.interned(dex.methodKeys[Int(m)].cls),
                       supportLibraries.contains(where: { caller.hasPrefix($0) }) { continue }
                    let key = t.name
                    guard found[key, default: 0] < maxFactsPerTarget else { continue }
                    found[key, default: 0] += 1
                    let path = reach.path(to: m)
                    facts.append(fact(kind: kind, path: path, callEdge: e, target: t, dex: dex, attribution: attribution,
                                      guarded: guardCheck.guards(path, finalEdge: e)))
                }
            }
        }
        return Result(facts: facts, entryPoints: entries.count, graphEdges: graph.edgeCount, nodesVisited: visited,
                      truncated: truncated, seconds: Date().timeIntervalSince(clock), graphSeconds: graphSeconds)
    }

    static func fact(kind: PreConsentFact.EntryKind, path: [(node: Int32, edgeToNext: Int32)], callEdge: Int32, target t: TargetTable.Target,
                     dex: DexIndex, attribution: SDKAttribution, guarded: Bool) -> PreConsentFact {
        let calls = path.compactMap { dex.smali(ofMethod: $0.node) } + [t.name]
        let callerId = path.last?.node ?? -1
        let caller = dex.definingClass(ofMethod: callerId)
        let collector: CollectionFact.Collector
        switch t.kind {
        case .sdkInit: collector = t.sdk.map { .sdk($0) } ?? .app
        default: collector = caller.map { attribution.collector(ofClass: $0.name) } ?? .app
        }
        let entry = calls.first ?? t.name
        let evidence = [Evidence(.callPath, file: caller?.dexFile, location: entry, detail: t.name, path: calls),
                        Evidence(.dexCall, file: caller?.dexFile, location: dex.smali(ofMethod: callerId),
                                 detail: dex.smali(ofMethod: dex.calls.to[Int(callEdge)]))]
        return PreConsentFact(entryKind: kind, entryPoint: entry, callPath: calls, targetKind: t.kind, target: t.name,
                              infoTypes: t.infoTypes, collector: collector, guardedByConsentCheck: guarded, evidence: evidence)
    }

    /// Providers that belong to an SDK start it when the process starts, before any UI.
    static func autoInitProviders(manifest: AndroidManifest, attribution: SDKAttribution) -> [PreConsentFact] {
        manifest.components(.provider).compactMap { p in
            // androidx.startup's provider only runs the initializers, which the search follows.
            guard p.enabled, p.name != EntryPoints.startupProvider, let sdk = attribution.sdk(ofClass: p.name) else { return nil }
            return PreConsentFact(entryKind: .providerInit, entryPoint: p.name + "->onCreate", targetKind: .autoInitProvider,
                                  target: p.name, infoTypes: sdk.collects, collector: .sdk(sdk.id), guardedByConsentCheck: false,
                                  evidence: [p.evidence])
        }
    }
}
