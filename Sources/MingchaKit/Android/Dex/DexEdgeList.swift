/// Pairs of integers (method -> method, method -> string, method -> field) stored as parallel
/// arrays, with compressed adjacency built by counting sort in both directions once the list is
/// complete. No per-edge objects: 1M call sites cost 9 bytes each plus the two indexes.
public struct DexEdgeList: Sendable {
    public private(set) var from: [Int32] = []
    public private(set) var to: [Int32] = []
    /// The opcode that made the edge (invoke kind, iget/sget kind, const-string).
    public private(set) var op: [UInt8] = []
    // Edge numbers grouped by `from` / by `to`; `*Start[k] ..< *Start[k+1]` for node k.
    private var byFrom: [Int32] = []
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

    /// Builds both adjacency indexes; `fromNodes` / `toNodes` bound the node numbers.
    mutating func finish(fromNodes: Int, toNodes: Int) {
        // Appending left up to twice the capacity needed; the lists live for the whole scan.
        from = from.exactCapacity(); to = to.exactCapacity(); op = op.exactCapacity()
        (byFrom, fromStart) = DexEdgeList.group(from, nodes: fromNodes)
        (byTo, toStart) = DexEdgeList.group(to, nodes: toNodes)
    }

    private static func group(_ keys: [Int32], nodes: Int) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: nodes + 1)
        for k in keys where k >= 0 && Int(k) < nodes { start[Int(k) + 1] += 1 }
        for i in 0..<nodes { start[i + 1] += start[i] }
        var fill = start
        var order = [Int32](repeating: 0, count: Int(start[nodes]))
        for (e, k) in keys.enumerated() where k >= 0 && Int(k) < nodes {
            order[Int(fill[Int(k)])] = Int32(e)
            fill[Int(k)] += 1
        }
        return (order, start)
    }

    /// Edge numbers leaving node `n`, in insertion order.
    public func edges(from n: Int32) -> ArraySlice<Int32> {
        guard n >= 0, Int(n) + 1 < fromStart.count else { return [] }
        return byFrom[Int(fromStart[Int(n)])..<Int(fromStart[Int(n) + 1])]
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
    private var ids: [String: Int32] = [:]

    mutating func intern(_ s: String) -> Int32 {
        // One hash of `s`: the default-value accessor inserts the next id when `s` is new.
        let next = Int32(strings.count)
        let id = DexInterner.value(&ids[s, default: next])
        if id == next { strings.append(s) }
        return id
    }

    @inline(__always) private static func value(_ slot: inout Int32) -> Int32 { slot }

    /// Room for `more` new strings, so the table is not rehashed as it grows.
    mutating func reserve(_ more: Int) {
        ids.reserveCapacity(ids.count + more)
        strings.reserveCapacity(strings.count + more)
    }

    /// Drops the list's spare capacity once interning is over (reserving per DEX overshoots).
    mutating func trim() { strings = strings.exactCapacity() }

    func lookup(_ s: String) -> Int32? { ids[s] }
    subscript(_ id: Int32) -> String { strings[Int(id)] }
}
