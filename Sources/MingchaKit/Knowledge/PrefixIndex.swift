/// Package prefixes → owner, looked up at every package boundary of a class name, so one class
/// costs one hash lookup per package level whatever the number of SDKs (no SDK × class loop).
/// Keys are stored in smali form (`com/umeng/analytics`) and dotted form (`com.umeng.analytics`).
struct PrefixIndex: Sendable {
    private var slashed: [Substring: Int] = [:]
    private var dotted: [Substring: Int] = [:]
    /// The longest prefix length in segments, to stop walking deep names early.
    private(set) var isEmpty = true

    /// Adds `prefix` (dotted, optional trailing dot) for `owner`; the first owner of a prefix keeps it.
    mutating func insert(_ prefix: String, owner: Int) {
        var p = prefix
        while p.hasSuffix(".") { p.removeLast() }
        guard !p.isEmpty else { return }
        if dotted[Substring(p)] == nil { dotted[Substring(p)] = owner }
        let s = p.replacingOccurrences(of: ".", with: "/")
        if slashed[Substring(s)] == nil { slashed[Substring(s)] = owner }
        isEmpty = false
    }

    /// Longest registered prefix of a smali class descriptor (`Lcom/x/Y$1;`), cut at `/`, `$` or `;`.
    func longest(descriptor d: String) -> (owner: Int, prefix: Substring)? {
        guard !isEmpty, d.utf8.first == UInt8(ascii: "L") else { return nil }
        let start = d.utf8.index(after: d.utf8.startIndex)
        return walk(d, from: start, table: slashed, boundaries: [UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: ";")])
    }

    /// Longest registered prefix of a dotted class name (`com.x.Y`), cut at `.`, `$` or the end.
    func longest(dottedName n: String) -> (owner: Int, prefix: Substring)? {
        guard !isEmpty else { return nil }
        return walk(n, from: n.utf8.startIndex, table: dotted, boundaries: [UInt8(ascii: "."), UInt8(ascii: "$")], endIsBoundary: true)
    }

    private func walk(_ s: String, from start: String.Index, table: [Substring: Int], boundaries: [UInt8],
                      endIsBoundary: Bool = false) -> (owner: Int, prefix: Substring)? {
        var best: (Int, Substring)?
        var i = start
        let u = s.utf8
        while i < u.endIndex {
            let b = u[i]
            if boundaries.contains(b), i > start {
                let key = s[start..<i]
                if let o = table[key] { best = (o, key) }
                if b == UInt8(ascii: ";") { break }
            }
            i = u.index(after: i)
        }
        if endIsBoundary, i > start, let o = table[s[start..<i]] { best = (o, s[start..<i]) }
        return best.map { (owner: $0.0, prefix: $0.1) }
    }
}
