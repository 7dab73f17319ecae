/// The lifecycle method a call site runs from: the site itself, or a method that reaches it
/// through a few calls (callers, and for `run()`/`call()` of a Runnable-like class the methods
/// that create it, since a posted Runnable runs from its creator). Click handlers are not
/// lifecycle methods, so a request behind a button has no lifecycle origin.
struct LifecycleOrigin {
    /// The lifecycle method, e.g. `onCreate`.
    var name: String
    var method: Int32
    /// Methods from the lifecycle method to the site, as smali, outermost first.
    var path: [String]

    static let lifecycle: Set<String> = ["onCreate", "onStart", "onResume", "onPostCreate", "onPostResume", "onWindowFocusChanged",
                                         "onViewCreated", "onActivityCreated", "onCreateView", "attachBaseContext"]
    static let maxDepth = 4
    static let maxVisited = 400

    static func find(dex: DexIndex, from site: Int32) -> LifecycleOrigin? {
        var parent: [Int32: Int32] = [site: -1]
        var frontier = [site]
        var depth = 0
        while !frontier.isEmpty && depth <= maxDepth && parent.count < maxVisited {
            // Earlier lifecycle phases first: onCreate beats onResume when both reach the site.
            let hits = frontier.filter { isLifecycle(dex: dex, $0) }
            if let best = hits.min(by: { rank(dex, $0) < rank(dex, $1) }) {
                var path: [String] = []
                var cur = best
                while cur >= 0, path.count <= maxDepth + 1 {
                    if let s = dex.smali(ofMethod: cur) { path.append(s) }
                    cur = parent[cur] ?? -1
                }
                return LifecycleOrigin(name: dex.names[dex.methodKeys[Int(best)].name], method: best, path: path)
            }
            var next: [Int32] = []
            for m in frontier {
                for c in origins(dex: dex, of: m) where parent[c] == nil {
                    parent[c] = m
                    next.append(c)
                }
            }
            frontier = next
            depth += 1
        }
        return nil
    }

    static func isLifecycle(dex: DexIndex, _ m: Int32) -> Bool {
        dex.isDefined(m) && lifecycle.contains(dex.names[dex.methodKeys[Int(m)].name])
    }

    static func rank(_ dex: DexIndex, _ m: Int32) -> Int {
        let order = ["attachBaseContext", "onCreate", "onCreateView", "onViewCreated", "onActivityCreated", "onPostCreate", "onStart",
                     "onResume", "onPostResume", "onWindowFocusChanged"]
        return order.firstIndex(of: dex.names[dex.methodKeys[Int(m)].name]) ?? order.count
    }

    /// Methods that make `m` run: its callers, and the creators of its class when it is a
    /// Runnable-like entry.
    static func origins(dex: DexIndex, of m: Int32) -> [Int32] {
        var out = dex.callerIds(of: m)
        let k = dex.methodKeys[Int(m)]
        if CallGraph.asyncMethods.contains(dex.names[k.name]) {
            out += dex.typeRefs.edges(to: k.cls).filter { dex.typeRefs.op[Int($0)] == 0x22 }.map { dex.typeRefs.from[Int($0)] }
        }
        return out.uniqued()
    }
}
