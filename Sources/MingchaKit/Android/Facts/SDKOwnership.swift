/// Which found SDK owns a class, by package prefix (longest prefix wins, whole package
/// components only, so `com.umeng` does not own `com.umengx`). Computed once per class and
/// shared by the SDK, collection and autostart passes.
struct SDKOwnership {
    let sdks: [SDKSignature]
    /// "com/umeng/analytics" -> index into `sdks`.
    private let byPrefix: [String: Int]
    private let longest: Int
    /// The same prefixes by component, so a lookup walks the name once without building strings.
    private let trie: PrefixTrie

    init(sdks: [SDKSignature]) {
        self.sdks = sdks
        var map: [String: Int] = [:]
        var longest = 0
        for (i, s) in sdks.enumerated() {
            for p in s.packagePrefixes {
                let key = p.split(separator: ".", omittingEmptySubsequences: true).joined(separator: "/")
                guard !key.isEmpty else { continue }
                // Two SDKs claiming one prefix: the first listed keeps it (deterministic).
                if map[key] == nil { map[key] = i }
                longest = max(longest, key.split(separator: "/").count)
            }
        }
        byPrefix = map
        self.longest = longest
        trie = PrefixTrie(map)
    }

    /// The SDK owning a class given as descriptor (`Lcom/umeng/a/B;`) or dotted name.
    func owner(ofClass name: String) -> Int? {
        guard !byPrefix.isEmpty else { return nil }
        return trie.longestMatch(SDKOwnership.body(ofClass: name), maxComponents: longest)
    }

    /// `com/umeng/a/B` for `Lcom/umeng/a/B;`; a dotted name as it is.
    static func body(ofClass name: String) -> Substring {
        let u = name.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            // ASCII: each Character is one byte, so byte tests are the Character tests below.
            guard u.count >= 2, u.first == UInt8(ascii: "L"), u.last == UInt8(ascii: ";") else { return Substring(name) }
            return name[u.index(after: u.startIndex)..<u.index(before: u.endIndex)]
        }
        var body = Substring(name)
        if body.hasPrefix("L") && body.hasSuffix(";") { body = body.dropFirst().dropLast() }
        return body
    }

    /// For every method id of the index, the owning SDK of its declaring class (-1: none).
    func methodOwners(_ index: DexIndex) -> [Int32] {
        var byClass: [Int32: Int32] = [:]
        var out = [Int32](repeating: -1, count: index.methodKeys.count)
        guard !byPrefix.isEmpty else { return out }
        for (m, key) in index.methodKeys.enumerated() {
            if let known = byClass[key.cls] { out[m] = known; continue }
            let o = Int32(owner(ofClass: index.names[key.cls]) ?? -1)
            byClass[key.cls] = o
            out[m] = o
        }
        return out
    }

    func collector(_ owner: Int32) -> CollectionFact.Collector {
        owner >= 0 && Int(owner) < sdks.count ? .sdk(sdks[Int(owner)].id) : .app
    }
}
