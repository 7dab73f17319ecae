/// Which SDK a class belongs to, by the longest matching package prefix of the SDKs found in the
/// app (and, failing that, of every SDK in the knowledge base). One `PrefixIndex` lookup per
/// package level of the name, instead of a scan over every known prefix.
struct SDKAttribution {
    private let sdks: [SDKSignature]
    private let index: PrefixIndex

    init(matches: [SDKMatcher.Match], knowledge: KnowledgeBase) {
        var seen = Set<String>()
        var sdks: [SDKSignature] = []
        var index = PrefixIndex()
        // The app's own SDKs are inserted first, so on a shared prefix they keep it.
        for s in matches.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for p in s.packagePrefixes { index.insert(p, owner: sdks.count) }
            sdks.append(s)
        }
        self.sdks = sdks
        self.index = index
    }

    /// The SDK owning dotted class `cls`, if any.
    func sdk(ofClass cls: String) -> SDKSignature? {
        index.longest(dottedName: cls).map { sdks[$0.owner] }
    }

    func collector(ofClass cls: String) -> CollectionFact.Collector {
        sdk(ofClass: cls).map { .sdk($0.id) } ?? .app
    }
}
