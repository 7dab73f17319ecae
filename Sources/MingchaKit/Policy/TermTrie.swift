/// A trie over Unicode scalars (ASCII lower-cased) mapping terms to payload numbers. Two
/// searches: leftmost-longest (information types, where "显著位置" must hide "位置") and every
/// occurrence (cue lists, where one phrase may serve several lists).
struct TermTrie: Sendable {
    /// Every edge in one table keyed by (node, scalar): the tries hold ~20 000 nodes (every SDK
    /// name of the knowledge base), and a dictionary per node cost an allocation each at load.
    private var edges: [UInt64: Int32] = [:]
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
            if let next = edges[Self.edge(node, k)] { node = Int(next); continue }
            payloads.append([]); asciiStart.append(false); asciiEnd.append(false)
            let id = payloads.count - 1
            edges[Self.edge(node, k)] = Int32(id)
            node = id
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

    private static func edge(_ node: Int, _ k: UInt32) -> UInt64 { UInt64(node) << 32 | UInt64(k) }

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
            while j < text.count, let next = edges[Self.edge(node, text[j])] {
                node = Int(next); j += 1
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
            while j < text.count, let next = edges[Self.edge(node, text[j])] {
                node = Int(next); j += 1
                if !payloads[node].isEmpty, boundaryOK(text, start: i, end: j, node: node) {
                    for p in payloads[node] { out.append(Match(start: i, end: j, payload: p)) }
                }
            }
        }
        return out
    }
}
