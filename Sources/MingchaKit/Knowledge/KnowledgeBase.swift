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
    public var sdks: [SDKSignature]

    public init(permissions: [String: PermissionInfo] = [:], sensitiveAPIs: [SensitiveAPI] = [], sdks: [SDKSignature] = []) {
        self.permissions = permissions; self.sensitiveAPIs = sensitiveAPIs; self.sdks = sdks
    }

    /// Loads every file of the knowledge base from `signatures`.
    public static func load(signatures: URL = MingchaPaths.signatures) throws -> KnowledgeBase {
        KnowledgeBase()
    }

    /// The standard knowledge base, loaded on first use and shared by every scan of the process.
    public static func standard() throws -> KnowledgeBase {
        try cache.get { try load() }
    }

    public func permission(named name: String) -> PermissionInfo? { permissions[name] }

    /// The sensitive API a call target is, by smali class descriptor and method name.
    public func api(owner: String, method: String) -> SensitiveAPI? {
        sensitiveAPIs.first { $0.owner == owner && $0.method == method }
    }

    /// A knowledge-base version for report headers and result keys (changes when any file does).
    public var version: String { "0" }

    private static let cache = OnceCache<KnowledgeBase>()
}

/// What an Android permission exposes.
public struct PermissionInfo: Codable, Hashable, Sendable {
    public var name: String
    public var zhName: String?
    public var infoTypes: [InfoType]
    /// Runtime (dangerous) or special permission that touches personal information.
    public var sensitive: Bool
    /// normal, dangerous, signature, special, ...
    public var protection: String?
    public init(name: String, zhName: String? = nil, infoTypes: [InfoType], sensitive: Bool, protection: String? = nil) {
        self.name = name; self.zhName = zhName; self.infoTypes = infoTypes; self.sensitive = sensitive; self.protection = protection
    }
}

/// An Android framework API that reads personal information.
public struct SensitiveAPI: Codable, Hashable, Sendable {
    public var id: String
    /// Smali class descriptor of the declaring class, e.g. `Landroid/telephony/TelephonyManager;`.
    public var owner: String
    /// Method name, e.g. `getDeviceId`.
    public var method: String
    public var infoTypes: [InfoType]
    public var note: String?
    public init(id: String, owner: String, method: String, infoTypes: [InfoType], note: String? = nil) {
        self.id = id; self.owner = owner; self.method = method; self.infoTypes = infoTypes; self.note = note
    }
}

/// One third-party SDK and how to recognise it.
public struct SDKSignature: Codable, Hashable, Sendable {
    public var id: String
    public var nameZh: String?
    public var nameEn: String
    public var vendor: String?
    public var category: String
    /// DEX package prefixes in dotted form (`com.umeng.analytics`).
    public var packagePrefixes: [String]
    /// Manifest component class names (dotted) that only this SDK declares.
    public var components: [String]
    /// Native library file names (`libBugly.so`).
    public var nativeLibs: [String]
    /// Asset paths or names.
    public var assets: [String]
    /// Manifest meta-data keys (`UMENG_APPKEY`).
    public var metaDataKeys: [String]
    /// Information types the SDK is documented to collect; empty with `collectsKnown == false` when unknown.
    public var collects: [InfoType]
    public var collectsKnown: Bool
    public var policyURL: String?
    /// Init entry points as `Lcom/x/Y;->init` (class descriptor + method name).
    public var initMethods: [String]
    public init(id: String, nameZh: String? = nil, nameEn: String, vendor: String? = nil, category: String,
                packagePrefixes: [String] = [], components: [String] = [], nativeLibs: [String] = [], assets: [String] = [],
                metaDataKeys: [String] = [], collects: [InfoType] = [], collectsKnown: Bool = false, policyURL: String? = nil,
                initMethods: [String] = []) {
        self.id = id; self.nameZh = nameZh; self.nameEn = nameEn; self.vendor = vendor; self.category = category
        self.packagePrefixes = packagePrefixes; self.components = components; self.nativeLibs = nativeLibs; self.assets = assets
        self.metaDataKeys = metaDataKeys; self.collects = collects; self.collectsKnown = collectsKnown; self.policyURL = policyURL
        self.initMethods = initMethods
    }
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
