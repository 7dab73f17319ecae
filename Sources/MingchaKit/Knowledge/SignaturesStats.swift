/// Figures about the knowledge base for `mingcha signatures stats` and the README.
public struct SignaturesStats: Codable, Sendable {
    public struct Count: Codable, Sendable, Hashable { public var key: String; public var count: Int }
    public var version: String
    public var vocabularyTypes: Int
    public var permissions: Int
    public var permissionsByProtection: [Count]
    public var sensitiveAPIs: Int
    public var contentURITypes: Int
    public var appCategories: Int
    /// SDKs after merging (curated winning), and per source file before merging.
    public var sdks: Int
    public var sdksBySource: [Count]
    public var sdksByCategory: [Count]
    /// Per evidence kind: how many patterns, and how many SDKs have at least one.
    public var patternsByKind: [Count]
    public var sdksWithKind: [Count]
    public var sdksWithKnownCollection: Int
    public var sdksWithKnownCollectionBySource: [Count]
    public var sdksWithInitMethods: Int
    public var shadowedPatterns: Int
    public var shadowedEntries: Int

    public init(_ kb: KnowledgeBase, appCategories: Int) {
        func counts(_ xs: [String]) -> [Count] {
            Dictionary(xs.map { ($0, 1) }, uniquingKeysWith: +).map { Count(key: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        }
        version = kb.version
        vocabularyTypes = kb.vocabulary.count
        permissions = kb.permissions.count
        permissionsByProtection = counts(kb.permissions.values.map { $0.protection ?? "unknown" })
        sensitiveAPIs = kb.sensitiveAPIs.count
        contentURITypes = kb.contentURIs.count
        self.appCategories = appCategories
        sdks = kb.sdks.count
        sdksBySource = counts(kb.sdks.map { $0.source ?? "unknown" })
        sdksByCategory = counts(kb.sdks.map(\.category))
        let patterns = kb.sdks.flatMap(\.patterns)
        patternsByKind = counts(patterns.map(\.kind.rawValue))
        sdksWithKind = counts(kb.sdks.flatMap { Set($0.patterns.map(\.kind.rawValue)) })
        sdksWithKnownCollection = kb.sdks.filter(\.collectsKnown).count
        sdksWithKnownCollectionBySource = counts(kb.sdks.filter(\.collectsKnown).map { $0.source ?? "unknown" })
        sdksWithInitMethods = kb.sdks.filter { !$0.initMethods.isEmpty }.count
        shadowedPatterns = kb.shadowed.filter { $0.pattern != nil }.count
        shadowedEntries = kb.shadowed.filter { $0.pattern == nil }.count
    }

    /// A Markdown block for `Signatures/README.md`.
    public var markdown: String {
        func table(_ title: String, _ rows: [Count]) -> String {
            "| \(title) | count |\n|---|---|\n" + rows.map { "| \($0.key) | \($0.count) |" }.joined(separator: "\n") + "\n"
        }
        return """
        Knowledge base \(version): \(sdks) SDKs (\(sdksWithKnownCollection) with documented collection, \(sdksWithInitMethods) with init entry points), \
        \(permissions) permissions, \(sensitiveAPIs) sensitive APIs, \(contentURITypes) content-URI types, \(appCategories) app categories, \(vocabularyTypes) info types.

        \(table("source", sdksBySource))
        \(table("SDK category", sdksByCategory))
        \(table("evidence kind (patterns)", patternsByKind))
        \(table("evidence kind (SDKs having it)", sdksWithKind))
        \(table("documented collection, by source", sdksWithKnownCollectionBySource))
        \(table("permission protection", permissionsByProtection))
        Patterns a curated entry took over from a generated one: \(shadowedPatterns); generated entries dropped for a duplicate id: \(shadowedEntries).
        """
    }
}
