/// Package prefixes (`com/umeng/analytics`) as a trie of name components, for the longest-prefix
/// lookup of `SDKOwnership`: one walk over a class name's components, no joined strings per try.
struct PrefixTrie {
    private struct Node {
        var children: [Substring: Int32] = [:]
        /// The value of the prefix ending here, -1 when none ends here.
        var value = -1
    }
    private var nodes = [Node()]

    /// `keys` are components joined with "/"; a key with an empty component can never match a
    /// name (names are split with empty components dropped), so it is left out.
    init(_ keys: [String: Int]) {
        for (key, value) in keys {
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { continue }
            var n = 0
            for p in parts {
                if let c = nodes[n].children[p] { n = Int(c); continue }
                nodes.append(Node())
                nodes[n].children[p] = Int32(nodes.count - 1)
                n = nodes.count - 1
            }
            nodes[n].value = value
        }
    }

    /// The value of the longest key that is a prefix of `name`'s components (split at "/" and
    /// ".", empty ones dropped), looking at no more than `maxComponents` of them.
    func longestMatch(_ name: Substring, maxComponents: Int) -> Int? {
        var best: Int?
        var n = 0
        var depth = 0
        var start = name.startIndex
        let utf8 = name.utf8
        var i = utf8.startIndex
        while depth < maxComponents {
            let atEnd = i == utf8.endIndex
            if atEnd || utf8[i] == UInt8(ascii: "/") || utf8[i] == UInt8(ascii: ".") {
                if start < i {
                    guard let c = nodes[n].children[name[start..<i]] else { return best }
                    n = Int(c)
                    depth += 1
                    if nodes[n].value >= 0 { best = nodes[n].value }
                }
                if atEnd { break }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        return best
    }
}
