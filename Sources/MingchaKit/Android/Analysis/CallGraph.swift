/// The app's call graph with calls resolved to the methods that can run: the defining method up
/// the superclass chain, overriders in app subclasses / interface implementors (bounded per call),
/// `<clinit>` of a class first touched by a static call or `new`, and `run`/`call`/`doInBackground`
/// of Runnable-like classes the caller instantiates (threads, executors, handlers). Built once as
/// compressed adjacency; edges carry the raw call instruction so paths can be checked in the DEX.
public struct CallGraph: Sendable {
    /// Edges of node n: `start[n] ..< start[n+1]` into `target` / `via`.
    private var start: [Int32] = []
    private var target: [Int32] = []
    /// The raw call edge in `DexIndex.calls` behind each edge, or -1 for an implied edge.
    private var via: [Int32] = []
    public private(set) var edgeCount = 0
    /// Edges were dropped at `ScanLimits.maxCallEdges`.
    public private(set) var truncated = false
    /// Virtual calls whose overriders were cut at `maxOverriders`.
    public private(set) var cappedDispatches = 0
    public static let maxOverriders = 32

    /// Supertypes whose instances the framework runs on another thread when they are created.
    static let asyncTypes: Set<String> = ["java.lang.Runnable", "java.lang.Thread", "java.util.concurrent.Callable",
                                          "android.os.AsyncTask", "java.util.TimerTask"]
    static let asyncMethods: Set<String> = ["run", "call", "doInBackground"]

    public init(dex: DexIndex, limits: ScanLimits = ScanLimits()) {
        self.init(dex: dex, limits: limits, hierarchy: ClassHierarchy(dex))
    }

    /// With the hierarchy the caller already built over the same index.
    init(dex: DexIndex, limits: ScanLimits, hierarchy h: ClassHierarchy) {
        let n = dex.methodCount
        let clinit = dex.names.lookup("<clinit>") ?? -1
        let voidSig = dex.names.lookup("()V") ?? -1
        // (callee id, virtual?) -> index into `resolvedLists` (-1: not yet resolved); arrays, not
        // hashing. A virtual call may land in overriders; super/direct/static calls may not.
        var resolvedIndex = [Int32](repeating: -1, count: 2 * n)
        var resolvedLists: [[Int32]] = []
        var clinitOf: [Int32: Int32] = [:]   // class index -> its <clinit>, or -1
        var asyncOf: [Int32: [Int32]] = [:]  // class index -> its async entry methods
        var capped = 0
        var belowOf: [Int32: [Int32]] = [:]  // class index -> its descendants (capped)

        func staticInit(_ ci: Int32) -> Int32 {
            if let c = clinitOf[ci] { return c }
            let c = (clinit >= 0 && voidSig >= 0) ? (h.defined(in: ci, name: clinit, sig: voidSig) ?? -1) : -1
            clinitOf[ci] = c
            return c
        }

        func targets(of callee: Int32, op: UInt8) -> [Int32] {
            let virtual = op == 0x6e || op == 0x72 || op == 0x74 || op == 0x78
            let slot = 2 * Int(callee) + (virtual ? 1 : 0)
            let ri = resolvedIndex[slot]
            if ri >= 0 { return resolvedLists[Int(ri)] }
            var out: [Int32] = []
            let k = dex.methodKeys[Int(callee)]
            if let ci = h.classIndex(descriptor: k.cls) {
                if let m = h.resolveUp(from: ci, name: k.name, sig: k.sig) { out.append(m) }
                if virtual {
                    let below = belowOf[ci] ?? h.descendants(of: ci, cap: CallGraph.maxOverriders + 1)
                    belowOf[ci] = below
                    if below.count > CallGraph.maxOverriders { capped += 1 }
                    for d in below.prefix(CallGraph.maxOverriders) {
                        if let m = h.defined(in: d, name: k.name, sig: k.sig) { out.append(m) }
                    }
                }
                let isStatic = op == 0x71 || op == 0x77
                if isStatic, let m = out.first, dex.methodClass[Int(m)] >= 0 {
                    let c = staticInit(dex.methodClass[Int(m)])
                    if c >= 0 { out.append(c) }
                }
            }
            resolvedIndex[slot] = Int32(resolvedLists.count)
            resolvedLists.append(out)
            return out
        }

        func asyncEntries(_ ci: Int32) -> [Int32] {
            if let a = asyncOf[ci] { return a }
            var a: [Int32] = []
            if h.inherits(ci, anyOf: CallGraph.asyncTypes) {
                for name in CallGraph.asyncMethods { a += h.methods(named: name, from: ci).map(\.id) }
            }
            asyncOf[ci] = a
            return a
        }

        // Local arrays (not self's) so the nested `add` never captures self while initialising.
        var start = [Int32](repeating: 0, count: n + 1)
        var target: [Int32] = [], via: [Int32] = []
        var truncated = false
        // mark[t] == m: edge m -> t already added (no per-method set).
        var mark = [Int32](repeating: -1, count: n)
        let maxEdges = limits.maxCallEdges
        for m in 0..<n {
            start[m] = Int32(target.count)
            guard !truncated, dex.methodClass[m] >= 0 else { continue }
            let mid = Int32(m)
            func add(_ t: Int32, _ e: Int32) {
                guard t >= 0, Int(t) < n, mark[Int(t)] != mid else { return }
                mark[Int(t)] = mid
                if target.count >= maxEdges { truncated = true; return }
                target.append(t); via.append(e)
            }
            for e in dex.calls.edges(from: mid) {
                for t in targets(of: dex.calls.to[Int(e)], op: dex.calls.op[Int(e)]) { add(t, e) }
            }
            for e in dex.typeRefs.edges(from: mid) where dex.typeRefs.op[Int(e)] == 0x22 {
                guard let ci = h.classIndex(descriptor: dex.typeRefs.to[Int(e)]) else { continue }
                let c = staticInit(ci)
                if c >= 0 { add(c, -1) }
                for a in asyncEntries(ci) { add(a, -1) }
            }
        }
        start[n] = Int32(target.count)
        self.start = start
        self.target = target
        self.via = via
        self.truncated = truncated
        edgeCount = target.count
        cappedDispatches = capped
    }

    public var nodeCount: Int { max(0, start.count - 1) }

    /// (callee, raw call edge or -1) for every resolved edge out of `m`.
    func edges(from m: Int32) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Int32>> {
        guard m >= 0, Int(m) + 1 < start.count else { return zip([], []) }
        let r = Int(start[Int(m)])..<Int(start[Int(m) + 1])
        return zip(target[r], via[r])
    }
}
