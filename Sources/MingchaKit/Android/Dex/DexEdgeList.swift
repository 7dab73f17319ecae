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
    /// Each string's (seeded) hash, 32 bits: probes compare strings only when it matches, and
    /// growing the table hashes nothing again.
    private var hashes: [UInt32] = []
    private var slots = IdSlots()

    mutating func intern(_ s: String) -> Int32 {
        let h = UInt32(truncatingIfNeeded: s.hashValue)
        if let id = slots.find(hash: Int(h), { hashes[Int($0)] == h && strings[Int($0)] == s }) { return id }
        let id = Int32(strings.count)
        strings.append(s)
        hashes.append(h)
        let known = hashes
        slots.insert(id, hash: Int(h)) { Int(known[Int($0)]) }
        return id
    }

    /// Room for `more` new strings, so the table is not rebuilt as it grows.
    mutating func reserve(_ more: Int) {
        strings.reserveCapacity(strings.count + more)
        hashes.reserveCapacity(hashes.count + more)
        let known = hashes
        slots.reserve(strings.count + more) { Int(known[Int($0)]) }
    }

    /// Drops the lists' spare capacity once interning is over (reserving per DEX overshoots).
    mutating func trim() { strings = strings.exactCapacity(); hashes = hashes.exactCapacity() }

    func lookup(_ s: String) -> Int32? {
        let h = UInt32(truncatingIfNeeded: s.hashValue)
        return slots.find(hash: Int(h)) { hashes[Int($0)] == h && strings[Int($0)] == s }
    }
    subscript(_ id: Int32) -> String { strings[Int(id)] }
}
