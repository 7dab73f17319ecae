/// One third-party SDK and how to recognise it.
public struct SDKSignature: Encodable, Hashable, Sendable {
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
    /// Mini-program: bundled JS file paths (suffix match) and plugin ids / provider appids.
    public var jsFiles: [String] = []
    public var plugins: [String] = []
    /// Which file the entry came from: `curated-cn`, `libchecker`, `exodus`.
    public var source: String?
    /// Where `collects` comes from: the vendor's SDK privacy page, policy files of the corpus.
    public var collectsSource: [String] = []
    public var website: String?
    public var note: String?
    /// Other names policies use for the SDK (`友盟+`, `广点通`), for finding it in a policy.
    public var aliases: [String] = []

    public init(id: String, nameZh: String? = nil, nameEn: String, vendor: String? = nil, category: String,
                packagePrefixes: [String] = [], components: [String] = [], nativeLibs: [String] = [], assets: [String] = [],
                metaDataKeys: [String] = [], collects: [InfoType] = [], collectsKnown: Bool = false, policyURL: String? = nil,
                initMethods: [String] = [], jsFiles: [String] = [], plugins: [String] = []) {
        self.id = id; self.nameZh = nameZh; self.nameEn = nameEn; self.vendor = vendor; self.category = category
        self.packagePrefixes = packagePrefixes; self.components = components; self.nativeLibs = nativeLibs; self.assets = assets
        self.metaDataKeys = metaDataKeys; self.collects = collects; self.collectsKnown = collectsKnown; self.policyURL = policyURL
        self.initMethods = initMethods; self.jsFiles = jsFiles; self.plugins = plugins
    }

    /// Every evidence pattern of the entry with its kind.
    public var patterns: [SDKPattern] {
        packagePrefixes.map { SDKPattern(kind: .packagePrefix, value: $0) }
            + components.map { SDKPattern(kind: .component, value: $0) }
            + nativeLibs.map { SDKPattern(kind: .nativeLib, value: $0) }
            + assets.map { SDKPattern(kind: .asset, value: $0) }
            + metaDataKeys.map { SDKPattern(kind: .metaDataKey, value: $0) }
            + jsFiles.map { SDKPattern(kind: .jsFile, value: $0) }
            + plugins.map { SDKPattern(kind: .plugin, value: $0) }
    }

    private enum CodingKeys: String, CodingKey {
        case id, nameZh, nameEn, vendor, category, packagePrefixes, components, nativeLibs, assets, metaDataKeys, collects,
             collectsKnown, policyURL, initMethods, jsFiles, plugins, source, collectsSource, website, note, aliases
    }

    /// One entry of an `sdks/*.json` file. Lists and flags may be left out; the three names
    /// that identify the entry may not.
    init(json e: JSONValue) throws {
        id = try e.string("id")
        nameEn = try e.string("nameEn")
        category = try e.string("category")
        nameZh = try e.optionalString("nameZh")
        vendor = try e.optionalString("vendor")
        packagePrefixes = try e.strings("packagePrefixes"); components = try e.strings("components")
        nativeLibs = try e.strings("nativeLibs"); assets = try e.strings("assets"); metaDataKeys = try e.strings("metaDataKeys")
        initMethods = try e.strings("initMethods"); jsFiles = try e.strings("jsFiles"); plugins = try e.strings("plugins")
        collectsSource = try e.strings("collectsSource"); aliases = try e.strings("aliases")
        collects = try e.strings("collects").map(InfoType.init(rawValue:))
        collectsKnown = try e.optionalBool("collectsKnown") ?? false
        policyURL = try e.optionalString("policyURL")
        source = try e.optionalString("source")
        website = try e.optionalString("website")
        note = try e.optionalString("note")
    }
}

/// One way an SDK shows in a package.
public struct SDKPattern: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case packagePrefix, component, nativeLib, asset, metaDataKey, jsFile, plugin
    }
    public var kind: Kind
    public var value: String
    public init(kind: Kind, value: String) { self.kind = kind; self.value = value }
}

/// A pattern (or a whole entry) a lower-priority file lost to a higher-priority one.
public struct ShadowedPattern: Hashable, Sendable, Codable {
    public var sdk: String
    public var source: String?
    /// nil when the whole entry was dropped because its id was taken.
    public var pattern: SDKPattern?
    public var winner: String
}
