/// Pairs of integers (method -> method, method -> string, method -> field) stored as parallel
/// arrays, sorted by `from` and indexed by `to` (counting sorts) once the list is
/// complete. No per-edge objects: 1M call sites cost 9 bytes each plus the `to` index.
public struct DexEdgeList: Sendable {
    public private(set) var from: [Int32] = []
    public private(set) var to: [Int32] = []
    /// The opcode that made the edge (invoke kind, iget/sget kind, const-string).
    public private(set) var op: [UInt8] = []
    // Once finished, edges are in `from` order: node k's edges are `fromStart[k] ..< fromStart[k+1]`.
    // Edge numbers grouped by `to`: `byTo[toStart[k] ..< toStart[k+1]]` for node k.
    private var fromStart: [Int32] = []
    private var byTo: [Int32] = []
    private var toStart: [Int32] = []

    public var count: Int { from.count }

    mutating func append(_ f: Int32, _ t: Int32, _ o: UInt8) {
        from.append(f); to.append(t); op.append(o)
    }

    /// Drops the edges from number `count` on (only before `finish`).
    mutating func truncate(to count: Int) {
        guard count < from.count else { return }
        from.removeSubrange(count...); to.removeSubrange(count...); op.removeSubrange(count...)
    }

    /// Puts the edges in `from` order and builds the `to` index; `fromNodes` / `toNodes` bound
    /// the node numbers. Sorting the edges themselves (stably: a method's edges keep the order of
    /// its instructions) leaves the `from` side needing only where each run starts, not a second
    /// array as long as the list: megabytes on apps with a million call sites.
    mutating func finish(fromNodes: Int, toNodes: Int) {
        if let start = DexEdgeList.runStarts(from, nodes: fromNodes, ifGrouped: true) {
            // Already in order (a one-DEX app's bodies are walked in method id order): the
            // sort would leave every edge where it is.
            fromStart = start
        } else {
            sortByRuns(nodes: fromNodes)
        }
        (byTo, toStart) = DexEdgeList.group(to, nodes: toNodes)
    }

    /// A key's run: its node, or `nodes` for keys outside 0..<nodes (only a damaged index has
    /// them), which go after the runs, in none.
    @inline(__always) private static func bucket(_ k: Int32, _ nodes: Int) -> Int {
        k >= 0 && Int(k) < nodes ? Int(k) : nodes
    }

    /// Where each key's run starts once the keys are in order (`nodes + 1` entries; the last is
    /// where the out-of-range run starts). With `ifGrouped`, nil unless the keys' runs already
    /// come in order (a stable sort would then change nothing), found in the same pass.
    private static func runStarts(_ keys: [Int32], nodes: Int, ifGrouped: Bool = false) -> [Int32]? {
        var start = [Int32](repeating: 0, count: nodes + 2)
        var last = 0
        for k in keys {
            let b = bucket(k, nodes)
            if ifGrouped {
                if b < last { return nil }
                last = b
            }
            start[b + 1] += 1
        }
        accumulate(&start, nodes: nodes)
        return start
    }

    /// Turns the number of edges of each node (node k's at `start[k + 1]`) into where its run
    /// starts.
    private static func accumulate(_ start: inout [Int32], nodes: Int) {
        for i in 0...nodes { start[i + 1] += start[i] }
        start.removeLast()
    }

    /// Sorts the edges stably by `from`, moving whole runs: a walk appends each method's edges
    /// together, so a list has about as many runs as methods, and copying runs into place costs a
    /// fraction of sorting every edge's number and gathering three arrays through it. One array
    /// is replaced at a time, so only one old array is held beside its copy.
    private mutating func sortByRuns(nodes: Int) {
        let n = from.count
        var runs: [Int32] = []   // where each run starts; run r is runs[r] ..< runs[r + 1]
        var start = [Int32](repeating: 0, count: nodes + 2)
        var i = 0
        while i < n {
            let b = DexEdgeList.bucket(from[i], nodes)
            var j = i + 1
            while j < n, DexEdgeList.bucket(from[j], nodes) == b { j += 1 }
            runs.append(Int32(i))
            start[b + 1] += Int32(j - i)
            i = j
        }
        runs.append(Int32(n))
        DexEdgeList.accumulate(&start, nodes: nodes)
        // Where each run goes (4 bytes a run: a large app has ~100 000). Every edge lies in
        // exactly one run, so the runs fill each new array exactly once.
        var fill = start
        var place = [Int32](repeating: 0, count: runs.count - 1)
        for r in place.indices {
            let b = DexEdgeList.bucket(from[Int(runs[r])], nodes)
            place[r] = fill[b]
            fill[b] += runs[r + 1] - runs[r]
        }
        func moved<T>(_ list: [T]) -> [T] {
            [T](unsafeUninitializedCapacity: n) { out, count in
                list.withUnsafeBufferPointer { src in
                    for r in place.indices {
                        (out.baseAddress! + Int(place[r])).initialize(from: src.baseAddress! + Int(runs[r]),
                                                                      count: Int(runs[r + 1] - runs[r]))
                    }
                }
                count = n
            }
        }
        from = moved(from)
        to = moved(to)
        op = moved(op)
        fromStart = start
    }

    /// Stable counting sort of edge numbers by key: the order and where each key's run starts.
    private static func group(_ keys: [Int32], nodes: Int) -> ([Int32], [Int32]) {
        let start = runStarts(keys, nodes: nodes)!
        var fill = start
        var order = [Int32](repeating: 0, count: keys.count)
        for (e, k) in keys.enumerated() {
            let b = bucket(k, nodes)
            order[Int(fill[b])] = Int32(e)
            fill[b] += 1
        }
        return (order, start)
    }

    /// Edge numbers leaving node `n`, in insertion order.
    public func edges(from n: Int32) -> Range<Int32> {
        guard n >= 0, Int(n) + 1 < fromStart.count else { return 0..<0 }
        return fromStart[Int(n)]..<fromStart[Int(n) + 1]
    }

    /// Edge numbers arriving at node `n`, in insertion order.
    public func edges(to n: Int32) -> ArraySlice<Int32> {
        guard n >= 0, Int(n) + 1 < toStart.count else { return [] }
        return byTo[Int(toStart[Int(n)])..<Int(toStart[Int(n) + 1])]
    }
}

/// Interns strings to dense integer ids so repeated names, descriptors and constants are stored once.
struct DexInterner: Sendable {
    private(set) var strings: [String] = []
    private var slots = IdSlots()

    mutating func intern(_ s: String) -> Int32 { slots.intern(s, in: &strings).id }

    /// Room for `more` new strings, so the table is not rebuilt as it grows.
    mutating func reserve(_ more: Int) { slots.reserve(more, in: &strings) }

    /// Drops the list's spare capacity once interning is over (reserving per DEX overshoots),
    /// unless it is at most an eighth (see `exactCapacity`).
    mutating func trim() { strings = strings.exactCapacity(slack: strings.count / 8) }

    func lookup(_ s: String) -> Int32? { slots.find(s, in: strings) }
    subscript(_ id: Int32) -> String { strings[Int(id)] }
}
