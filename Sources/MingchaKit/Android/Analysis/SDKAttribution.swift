/// Which SDK a class belongs to, by the longest matching package prefix of the SDKs found in the
/// app (and, failing that, of every SDK in the knowledge base). One `PrefixIndex` lookup per
/// package level of the name, instead of a scan over every known prefix.
struct SDKAttribution {
    private let sdks: [SDKSignature]
    private let index: PrefixIndex
    /// Every SDK of the knowledge base, indexed once with it (`KnowledgeBase.sdkMatcher`): only
    /// the app's own few are indexed per scan.
    private let known: SDKMatcher

    init(matches: [SDKMatcher.Match], knowledge: KnowledgeBase) {
        var seen = Set<String>()
        var sdks: [SDKSignature] = []
        var index = PrefixIndex()
        for s in matches.map(\.sdk) where seen.insert(s.id).inserted {
            for p in s.packagePrefixes { index.insert(p, owner: sdks.count) }
            sdks.append(s)
        }
        self.sdks = sdks
        self.index = index
        self.known = knowledge.sdkMatcher
    }

    /// The SDK owning dotted class `cls`, if any: the longest prefix of the app's SDKs and of the
    /// knowledge base's; the app's own SDK keeps a prefix both have.
    func sdk(ofClass cls: String) -> SDKSignature? {
        let own = index.longest(dottedName: cls)
        guard let other = known.packageOwner(dottedName: cls) else { return own.map { sdks[$0.owner] } }
        if let own, own.prefix.utf8.count >= other.length { return sdks[own.owner] }
        return other.sdk
    }

    func collector(ofClass cls: String) -> CollectionFact.Collector {
        sdk(ofClass: cls).map { .sdk($0.id) } ?? .app
    }
}
