/// Which SDK a class belongs to, by the longest matching package prefix of the SDKs found in the
/// app (and, failing that, of every SDK in the knowledge base).
struct SDKAttribution {
    /// Longest prefix first; `dotted` is the prefix with its trailing "." for the package test.
    private var prefixes: [(prefix: String, dotted: String, sdk: SDKSignature)] = []

    init(matches: [SDKMatcher.Match], knowledge: KnowledgeBase) {
        var seen = Set<String>()
        var found: [(length: Int, prefix: String, sdk: SDKSignature)] = []
        for s in matches.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for p in s.packagePrefixes where !p.isEmpty { found.append((p.count, p, s)) }
        }
        // Lengths counted once, not in every comparison; the same order as sorting by `count`.
        found.sort { $0.length > $1.length }
        prefixes = found.map { ($0.prefix, $0.prefix + ".", $0.sdk) }
    }

    /// The SDK owning dotted class `cls`, if any.
    func sdk(ofClass cls: String) -> SDKSignature? {
        prefixes.first { cls == $0.prefix || cls.hasPrefix($0.dotted) }?.sdk
    }

    func collector(ofClass cls: String) -> CollectionFact.Collector {
        sdk(ofClass: cls).map { .sdk($0.id) } ?? .app
    }
}
