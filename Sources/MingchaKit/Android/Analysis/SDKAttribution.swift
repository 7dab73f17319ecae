/// Which SDK a class belongs to, by the longest matching package prefix of the SDKs found in the
/// app (and, failing that, of every SDK in the knowledge base).
struct SDKAttribution {
    private var prefixes: [(prefix: String, sdk: SDKSignature)] = []

    init(matches: [SDKMatcher.Match], knowledge: KnowledgeBase) {
        var seen = Set<String>()
        for s in matches.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for p in s.packagePrefixes where !p.isEmpty { prefixes.append((p, s)) }
        }
        prefixes.sort { $0.prefix.count > $1.prefix.count }
    }

    /// The SDK owning dotted class `cls`, if any.
    func sdk(ofClass cls: String) -> SDKSignature? {
        prefixes.first { cls == $0.prefix || cls.hasPrefix($0.prefix + ".") }?.sdk
    }

    func collector(ofClass cls: String) -> CollectionFact.Collector {
        sdk(ofClass: cls).map { .sdk($0.id) } ?? .app
    }
}
