/// Which found SDK owns a class, by package prefix (longest prefix wins, whole package
/// components only, so `com.umeng` does not own `com.umengx`). Computed once per class and
/// shared by the SDK, collection and autostart passes. The lookup is the knowledge base's
/// `PrefixIndex`, so ownership here and SDK matching agree on what a prefix covers.
struct SDKOwnership {
    let sdks: [SDKSignature]
    private let index: PrefixIndex

    init(sdks: [SDKSignature]) {
        self.sdks = sdks
        var index = PrefixIndex()
        // Two SDKs claiming one prefix: the first listed keeps it (deterministic).
        for (i, s) in sdks.enumerated() { for p in s.packagePrefixes { index.insert(p, owner: i) } }
        self.index = index
    }

    /// The SDK owning a class given as descriptor (`Lcom/umeng/a/B;`) or dotted name.
    func owner(ofClass name: String) -> Int? {
        if name.hasPrefix("L"), name.hasSuffix(";") { return index.longest(descriptor: name)?.owner }
        return index.longest(dottedName: name)?.owner
    }

    /// For every method id of the index, the owning SDK of its declaring class (-1: none).
    func methodOwners(_ index: DexIndex) -> [Int32] {
        var out = [Int32](repeating: -1, count: index.methodKeys.count)
        guard !self.index.isEmpty else { return out }
        // Per class descriptor id, its owner once looked up (-2: not yet): an array, not a
        // dictionary, since every one of a large app's ~100 000 methods asks.
        var byClass = [Int32](repeating: -2, count: index.names.strings.count)
        for (m, key) in index.methodKeys.enumerated() {
            let c = Int(key.cls)   // an interned id: always within the names
            if byClass[c] == -2 { byClass[c] = Int32(owner(ofClass: index.names[key.cls]) ?? -1) }
            out[m] = byClass[c]
        }
        return out
    }

    func collector(_ owner: Int32) -> CollectionFact.Collector {
        owner >= 0 && Int(owner) < sdks.count ? .sdk(sdks[Int(owner)].id) : .app
    }
}
