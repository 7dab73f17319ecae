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
        // (callee id, virtual?) -> offset in `resolved` of its target list (-1: not yet resolved);
        // arrays, not hashing. A virtual call may land in overriders; super/direct/static calls may not.
        // One flat list (count, then targets) instead of an array per callee: no object per slot.
        var resolvedAt = [Int32](repeating: -1, count: 2 * n)
        var resolved: [Int32] = []
        // Per class index, filled on first use; arrays, since every call and `new` asks.
        let classCount = dex.classes.count
        var clinitOf = [Int32](repeating: -2, count: classCount)   // its <clinit>, -1 none, -2 not yet known
        var asyncOf = [[Int32]?](repeating: nil, count: classCount)  // its async entry methods
        var capped = 0
        var belowOf = [[Int32]?](repeating: nil, count: classCount)  // its descendants (capped)

        func staticInit(_ ci: Int32) -> Int32 {
            let known = clinitOf[Int(ci)]
            if known != -2 { return known }
            let c = (clinit >= 0 && voidSig >= 0) ? (h.defined(in: ci, name: clinit, sig: voidSig) ?? -1) : -1
            clinitOf[Int(ci)] = c
            return c
        }

        /// Where the callee's targets sit in `resolved`.
        func targets(of callee: Int32, op: UInt8) -> Range<Int> {
            let virtual = op == 0x6e || op == 0x72 || op == 0x74 || op == 0x78
            let slot = 2 * Int(callee) + (virtual ? 1 : 0)
            let at = Int(resolvedAt[slot])
            if at >= 0 { return at + 1 ..< at + 1 + Int(resolved[at]) }
            let head = resolved.count
            resolved.append(0)
            var first: Int32?
            let k = dex.methodKeys[Int(callee)]
            if let ci = h.classIndex(descriptor: k.cls) {
                if let m = h.resolveUp(from: ci, name: k.name, sig: k.sig) { resolved.append(m); first = m }
                if virtual {
                    let below = belowOf[Int(ci)] ?? h.descendants(of: ci, cap: CallGraph.maxOverriders + 1)
                    belowOf[Int(ci)] = below
                    if below.count > CallGraph.maxOverriders { capped += 1 }
                    for d in below.prefix(CallGraph.maxOverriders) {
                        if let m = h.defined(in: d, name: k.name, sig: k.sig) { resolved.append(m); first = first ?? m }
                    }
                }
                let isStatic = op == 0x71 || op == 0x77
                if isStatic, let m = first, dex.methodClass[Int(m)] >= 0 {
                    let c = staticInit(dex.methodClass[Int(m)])
                    if c >= 0 { resolved.append(c) }
                }
            }
            resolved[head] = Int32(resolved.count - head - 1)
            resolvedAt[slot] = Int32(head)
            return head + 1 ..< resolved.count
        }

        var asyncTypes = InheritanceMemo(names: CallGraph.asyncTypes, classCount: classCount)
        func asyncEntries(_ ci: Int32) -> [Int32] {
            if let a = asyncOf[Int(ci)] { return a }
            var a: [Int32] = []
            if asyncTypes.inherits(ci, in: h) {
                for name in CallGraph.asyncMethods { a += h.methods(named: name, from: ci).map(\.id) }
            }
            asyncOf[Int(ci)] = a
            return a
        }

        // mark[t] == m: edge m -> t already seen (no per-method set).
        var mark = [Int32](repeating: -1, count: n)
        /// Each distinct edge out of method `mid`, in order: (target, raw call edge or -1).
        func visit(_ mid: Int32, _ emit: (Int32, Int32) -> Void) {
            func add(_ t: Int32, _ e: Int32) {
                guard t >= 0, Int(t) < n, mark[Int(t)] != mid else { return }
                mark[Int(t)] = mid
                emit(t, e)
            }
            for e in dex.calls.edges(from: mid) {
                for i in targets(of: dex.calls.to[Int(e)], op: dex.calls.op[Int(e)]) { add(resolved[i], e) }
            }
            for e in dex.typeRefs.edges(from: mid) where dex.typeRefs.op[Int(e)] == 0x22 {
                guard let ci = h.classIndex(descriptor: dex.typeRefs.to[Int(e)]) else { continue }
                let c = staticInit(ci)
                if c >= 0 { add(c, -1) }
                for a in asyncEntries(ci) { add(a, -1) }
            }
        }

        // Two passes: count each method's edges, then fill arrays of exactly that size. Appending
        // would hold up to twice the edges, and a copy while growing, at the scan's memory peak.
        // The second pass finds every target already resolved and emits the same edges in order.
        var start = [Int32](repeating: 0, count: n + 1)
        var truncated = false
        var total = 0
        let maxEdges = limits.maxCallEdges
        for m in 0..<n {
            guard !truncated, dex.methodClass[m] >= 0 else { continue }
            visit(Int32(m)) { _, _ in
                if total >= maxEdges { truncated = true } else { total += 1; start[m + 1] += 1 }
            }
        }
        for m in 0..<n { start[m + 1] += start[m] }
        for i in 0..<n { mark[i] = -1 }
        var target = [Int32](repeating: 0, count: total), via = [Int32](repeating: 0, count: total)
        for m in 0..<n where start[m + 1] > start[m] {
            var pos = Int(start[m])
            let end = Int(start[m + 1])
            visit(Int32(m)) { t, e in
                guard pos < end else { return }
                target[pos] = t; via[pos] = e
                pos += 1
            }
        }
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
