import Foundation

/// The knowledge base in `Signatures/`, loaded once: permissions, sensitive APIs and SDK
/// signatures, all speaking the info-type vocabulary. Platform scans read it; rules never do
/// (they see only AppFacts).
///
/// Contract used by the platform scans (AndroidScan, MiniProgramScan): keep these names and
/// signatures; add freely.
public struct KnowledgeBase: Sendable {
    public var permissions: [String: PermissionInfo]
    public var sensitiveAPIs: [SensitiveAPI]
    public var sdks: [SDKSignature] { didSet { sdkMatcher = SDKMatcher(sdks: sdks) } }
    /// The matcher over `sdks`, built with them: once per process for the standard knowledge base
    /// (before the scan server forks its children), not once per scan.
    public private(set) var sdkMatcher: SDKMatcher
    /// Content-provider URIs and the framework constants naming them (for `ContentResolver.query`).
    public var contentURIs: [ContentURIType] = []
    /// The info-type vocabulary (`vocabulary.json`).
    public var vocabulary: [FactsVocabulary.Entry] = []
    /// SDK categories (`sdk-categories.json`).
    public var sdkCategories: [SDKCategory] = []
    /// SDK entries (or single patterns) dropped while merging because a higher-priority file claimed them.
    public var shadowed: [ShadowedPattern] = []
    /// Short SHA-256 over every file read; "0" for a knowledge base built in memory.
    public var contentHash: String = "0"

    public init(permissions: [String: PermissionInfo] = [:], sensitiveAPIs: [SensitiveAPI] = [], sdks: [SDKSignature] = []) {
        self.permissions = permissions; self.sensitiveAPIs = sensitiveAPIs; self.sdks = sdks
        self.sdkMatcher = SDKMatcher(sdks: sdks)
        self.apiIndex = Self.index(sensitiveAPIs)
    }

    /// Loads every file of the knowledge base from `signatures`.
    public static func load(signatures: URL = MingchaPaths.signatures) throws -> KnowledgeBase {
        let files = try KnowledgeLoader(root: signatures)
        var kb = KnowledgeBase(permissions: Dictionary(files.permissions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }),
                               sensitiveAPIs: files.apis, sdks: files.sdks.merged)
        kb.contentURIs = files.contentURIs
        kb.vocabulary = files.vocabulary
        kb.shadowed = files.sdks.shadowed
        kb.sdkCategories = files.sdkCategories
        kb.contentHash = files.hash
        return kb
    }

    /// The standard knowledge base, loaded on first use and shared by every scan of the process.
    public static func standard() throws -> KnowledgeBase {
        try cache.get { try load() }
    }

    public func permission(named name: String) -> PermissionInfo? { permissions[name] }

    /// The sensitive API a call target is, by smali class descriptor and method name.
    public func api(owner: String, method: String) -> SensitiveAPI? {
        guard let i = apiIndex[APIKey(owner: owner, method: method)] else { return nil }
        return sensitiveAPIs[i]
    }

    /// The content-URI type a URI string (`content://com.android.contacts/...`) reads, longest prefix first.
    public func contentURI(forURI uri: String) -> ContentURIType? {
        var best: (ContentURIType, Int)?
        for t in contentURIs {
            for p in t.uriPrefixes where Self.uri(uri, hasPrefix: p) && p.count > (best?.1 ?? -1) { best = (t, p.count) }
        }
        return best?.0
    }

    /// The content-URI type a framework constant (`Landroid/provider/CallLog$Calls;->CONTENT_URI`) names.
    public func contentURI(field: String) -> ContentURIType? {
        contentURIs.first { $0.fields.contains(field) }
    }

    /// Whether SDKs of this category receive data (false for code libraries); unknown categories count as recipients.
    public func isDataRecipient(category: String) -> Bool {
        sdkCategories.first { $0.id == category }?.dataRecipient ?? true
    }

    /// The SDK signature with this id.
    public func sdk(id: String) -> SDKSignature? { sdks.first { $0.id == id } }

    /// A knowledge-base version for report headers and result keys (changes when any file does).
    public var version: String { contentHash }

    /// `content://a/b` has prefix `content://a` but `content://ab` does not.
    static func uri(_ uri: String, hasPrefix p: String) -> Bool {
        guard uri.hasPrefix(p) else { return false }
        if uri.count == p.count || p.hasSuffix("/") { return true }
        let next = uri[uri.index(uri.startIndex, offsetBy: p.count)]
        return next == "/" || next == "?"
    }

    struct APIKey: Hashable, Sendable { var owner: String; var method: String }
    private var apiIndex: [APIKey: Int]
    static func index(_ apis: [SensitiveAPI]) -> [APIKey: Int] {
        var d: [APIKey: Int] = [:]
        for (i, a) in apis.enumerated() where d[APIKey(owner: a.owner, method: a.method)] == nil {
            d[APIKey(owner: a.owner, method: a.method)] = i
        }
        return d
    }

    private static let cache = OnceCache<KnowledgeBase>()
}

/// A value computed once per process, thread-safe.
final class OnceCache<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    func get(_ make: () throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        if let v = value { return v }
        let v = try make()
        value = v
        return v
    }
}
