/// A trie over Unicode scalars (ASCII lower-cased) mapping terms to payload numbers. Two
/// searches: leftmost-longest (information types, where "显著位置" must hide "位置") and every
/// occurrence (cue lists, where one phrase may serve several lists).
struct TermTrie: Sendable {
    /// Every edge in one table keyed by (node, scalar): the tries hold ~20 000 nodes (every SDK
    /// name of the knowledge base), and a dictionary per node cost an allocation each at load.
    /// Node n > 0 is entered by `edges[n - 1]` alone, so the table maps an edge to its node
    /// without storing either twice; it hashes two integers where a `[UInt64: Int32]`
    /// dictionary ran SipHash on every scalar of every term at load and of every sentence.
    private var edges: [Edge] = []
    private var slots = IdSlots()
    private var payloads: [[Int]] = [[]]
    /// Terms starting / ending with an ASCII letter or digit match only at ASCII word boundaries
    /// ("MAC" not in "macOS", "IP" not in "IPC").
    private var asciiStart: [Bool] = [false]
    private var asciiEnd: [Bool] = [false]

    struct Match: Hashable { var start: Int; var end: Int; var payload: Int }

    mutating func insert(_ term: String, payload: Int) {
        let keys = TermTrie.keys(term)
        guard let first = keys.first, let last = keys.last else { return }
        var node = 0
        for k in keys {
            let (id, isNew) = slots.intern(Edge(from: Int32(node), scalar: k), in: &edges)
            node = Int(id) + 1
            if isNew { payloads.append([]); asciiStart.append(false); asciiEnd.append(false) }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
        asciiStart[node] = asciiStart[node] || TermTrie.isWordChar(first)
        asciiEnd[node] = asciiEnd[node] || TermTrie.isWordChar(last)
    }

    static func keys(_ s: String) -> [UInt32] {
        s.unicodeScalars.map { v in
            let x = v.value
            return (x >= 0x41 && x <= 0x5A) ? x + 0x20 : x
        }
    }

    /// The node reached from `node` by scalar `k`, if any.
    @inline(__always) private func next(_ node: Int, _ k: UInt32) -> Int? {
        slots.find(Edge(from: Int32(node), scalar: k), in: edges).map { Int($0) + 1 }
    }

    struct Edge: SlotKey, Equatable {
        var from: Int32
        var scalar: UInt32

        /// murmur3's 64-bit finaliser over both numbers under the table's seed.
        func slotHash(_ seed: UInt64) -> Int {
            IdSlots.murmurFinal((UInt64(UInt32(bitPattern: from)) << 32 | UInt64(scalar)) ^ seed)
        }

        func slotEquals(_ other: Edge) -> Bool { self == other }
    }

    static func isWordChar(_ k: UInt32) -> Bool { (k >= 0x61 && k <= 0x7A) || (k >= 0x30 && k <= 0x39) }

    private func boundaryOK(_ text: [UInt32], start: Int, end: Int, node: Int) -> Bool {
        if asciiStart[node], start > 0, TermTrie.isWordChar(text[start - 1]) { return false }
        if asciiEnd[node], end < text.count, TermTrie.isWordChar(text[end]) { return false }
        return true
    }

    /// Leftmost-longest, non-overlapping matches (one per term node; payload = first payload).
    func longest(_ text: [UInt32]) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < text.count {
            var node = 0, j = i
            var best: (end: Int, node: Int)? = nil
            while j < text.count, let n = next(node, text[j]) {
                node = n; j += 1
                if !payloads[node].isEmpty, boundaryOK(text, start: i, end: j, node: node) { best = (j, node) }
            }
            if let b = best, let p = payloads[b.node].first {
                out.append(Match(start: i, end: b.end, payload: p)); i = b.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every occurrence of every term, with all its payloads.
    func all(_ text: [UInt32]) -> [Match] {
        var out: [Match] = []
        for i in text.indices {
            var node = 0, j = i
            while j < text.count, let n = next(node, text[j]) {
                node = n; j += 1
                if !payloads[node].isEmpty, boundaryOK(text, start: i, end: j, node: node) {
                    for p in payloads[node] { out.append(Match(start: i, end: j, payload: p)) }
                }
            }
        }
        return out
    }
}
