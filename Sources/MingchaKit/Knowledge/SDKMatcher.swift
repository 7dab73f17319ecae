/// Finds the SDKs of the knowledge base in what a package contains.
///
/// Contract used by the platform scans: keep these names and signatures; add freely.
///
/// Every kind of evidence is an index built once (package prefixes in a `PrefixIndex`, the rest in
/// dictionaries), so a package is matched in one pass over its class names, components, libraries,
/// assets and keys; the cost does not grow with the number of SDKs.
public struct SDKMatcher: Sendable {
    public let sdks: [SDKSignature]
    private let packages: PrefixIndex
    private let components: [String: Int]
    private let nativeLibs: [String: Int]
    private let assets: [String: Int]
    private let metaDataKeys: [String: Int]
    private let plugins: [String: Int]
    private let jsFiles: [(pattern: String, owner: Int)]
    /// Native-library names with `*` wildcards (`libAMapSDK_MAP_v*.so`), lower-cased.
    private let nativeLibGlobs: [(glob: String, owner: Int)]

    public init(sdks: [SDKSignature]) {
        self.sdks = sdks
        var pk = PrefixIndex()
        var comp: [String: Int] = [:], libs: [String: Int] = [:], assets: [String: Int] = [:]
        var meta: [String: Int] = [:], plugins: [String: Int] = [:], js: [(String, Int)] = [], globs: [(String, Int)] = []
        for (i, s) in sdks.enumerated() {
            for p in s.packagePrefixes { pk.insert(p, owner: i) }
            for c in s.components { comp.keepFirst(c, i) }
            for l in s.nativeLibs {
                if l.utf8.contains(UInt8(ascii: "*")) { globs.append((l.lowercased(), i)) } else { libs.keepFirst(l.lowercased(), i) }
            }
            for a in s.assets { assets.keepFirst(Self.assetKey(a), i) }
            for m in s.metaDataKeys { meta.keepFirst(m, i) }
            for p in s.plugins { plugins.keepFirst(p, i) }
            for j in s.jsFiles { js.append((j, i)) }
        }
        packages = pk; components = comp; nativeLibs = libs; self.assets = assets
        metaDataKeys = meta; self.plugins = plugins; jsFiles = js; nativeLibGlobs = globs
    }

    /// Everything a package shows that can name an SDK.
    public struct Input: Sendable {
        /// Class descriptors in smali form (`Lcom/umeng/analytics/MobclickAgent;`).
        public var classDescriptors: [String] = []
        /// The DEX file of each class descriptor (same order), when known: `classes2.dex`.
        public var classFiles: [String] = []
        /// Native library paths or names (`lib/arm64-v8a/libBugly.so`).
        public var nativeLibs: [String] = []
        /// Manifest component class names, dotted.
        public var manifestComponents: [String] = []
        /// Asset paths (`assets/x/y.dat` or `x/y.dat`).
        public var assets: [String] = []
        public var metaDataKeys: [String] = []
        /// Mini-program: bundled JS file paths and plugin ids.
        public var jsFiles: [String] = []
        public var plugins: [String] = []
        public init() {}
    }

    public struct Match: Sendable {
        public var sdk: SDKSignature
        public var evidence: [Evidence]
        /// The patterns of the SDK that matched (a package prefix once however many classes it covers).
        public var matchedPatterns: [SDKPattern] = []
        /// How many classes of the package fall under the SDK's prefixes.
        public var classCount: Int = 0
        public init(sdk: SDKSignature, evidence: [Evidence]) { self.sdk = sdk; self.evidence = evidence }
    }

    /// How many example classes each matched prefix reports.
    public static let examplesPerPrefix = 3

    /// One match per SDK found, the longest prefix winning when prefixes nest.
    public func match(_ input: Input) -> [Match] {
        var found: [Int: Accumulator] = [:]
        for (n, d) in input.classDescriptors.enumerated() {
            guard let hit = packages.longest(descriptor: d) else { continue }
            let file = n < input.classFiles.count ? input.classFiles[n] : nil
            found[hit.owner, default: Accumulator()].addClass(d, prefix: String(hit.prefix), file: file)
        }
        for c in input.manifestComponents {
            if let o = components[c] {
                found[o, default: Accumulator()].add(.component, c, Evidence(.manifestElement, file: "AndroidManifest.xml", location: "component", detail: c))
            } else if let hit = packages.longest(dottedName: c) {
                found[hit.owner, default: Accumulator()].add(.packagePrefix, String(hit.prefix),
                    Evidence(.manifestElement, file: "AndroidManifest.xml", location: "component under " + hit.prefix, detail: c))
            }
        }
        for l in input.nativeLibs {
            let name = Self.lastComponent(l)
            let lower = name.lowercased()
            if let o = nativeLibs[lower] {
                found[o, default: Accumulator()].add(.nativeLib, name, Evidence(.packageFile, file: l, location: "native library", detail: name))
            } else if let g = nativeLibGlobs.first(where: { NativeLibGlob.matches(lower, $0.glob) }) {
                found[g.owner, default: Accumulator()].add(.nativeLib, g.glob, Evidence(.packageFile, file: l, location: "native library matching " + g.glob, detail: name))
            }
        }
        for a in input.assets {
            let key = Self.assetKey(a)
            if let o = assets[key] ?? assets[Self.lastComponent(key)] {
                found[o, default: Accumulator()].add(.asset, key, Evidence(.packageFile, file: a, location: "asset", detail: key))
            }
        }
        for m in input.metaDataKeys {
            if let o = metaDataKeys[m] {
                found[o, default: Accumulator()].add(.metaDataKey, m, Evidence(.manifestElement, file: "AndroidManifest.xml", location: "meta-data", detail: m))
            }
        }
        for p in input.plugins {
            if let o = plugins[p] {
                found[o, default: Accumulator()].add(.plugin, p, Evidence(.configKey, file: "app.json", location: "plugins", detail: p))
            }
        }
        if !jsFiles.isEmpty {
            for f in input.jsFiles {
                for (pattern, o) in jsFiles where Self.path(f, contains: pattern) {
                    found[o, default: Accumulator()].add(.jsFile, pattern, Evidence(.packageFile, file: f, location: "JS file", detail: pattern))
                    break
                }
            }
        }
        return found.keys.sorted { sdks[$0].id < sdks[$1].id }.compactMap { i in
            guard let acc = found[i] else { return nil }
            var m = Match(sdk: sdks[i], evidence: acc.evidence())
            m.matchedPatterns = acc.patterns
            m.classCount = acc.classCount
            return m
        }
    }

    /// The SDK whose package a class belongs to (longest prefix), for attributing call sites.
    public func owner(ofClass descriptor: String) -> SDKSignature? {
        packages.longest(descriptor: descriptor).map { sdks[$0.owner] }
    }

    /// The SDK with the longest package prefix of dotted class `name`, and that prefix's length in bytes.
    func packageOwner(dottedName name: String) -> (sdk: SDKSignature, length: Int)? {
        packages.longest(dottedName: name).map { (sdks[$0.owner], $0.prefix.utf8.count) }
    }

    /// The SDK whose init entry point `Lcom/x/Y;->method` is, when it is one.
    public func sdk(initMethod descriptor: String) -> SDKSignature? {
        sdks.first { $0.initMethods.contains(descriptor) }
    }

    static func lastComponent(_ p: String) -> String {
        p.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? p
    }

    /// Assets compare without the leading `assets/`.
    static func assetKey(_ p: String) -> String {
        var s = Substring(p)
        while s.hasPrefix("/") { s = s.dropFirst() }
        if s.hasPrefix("assets/") { s = s.dropFirst("assets/".count) }
        return String(s)
    }

    /// `pattern` is the whole path, a leading folder run, or a trailing run of whole path components.
    static func path(_ f: String, contains pattern: String) -> Bool {
        f == pattern || f.hasPrefix(pattern + "/") || f.hasSuffix("/" + pattern) || f.contains("/" + pattern + "/")
    }
}

/// What one SDK matched, gathered during the pass.
private struct Accumulator {
    var patterns: [SDKPattern] = []
    var seen = Set<SDKPattern>()
    var other: [Evidence] = []
    var classCount = 0
    /// Per prefix: count and the first few examples.
    var prefixes: [String: (count: Int, examples: [(String, String?)])] = [:]
    var prefixOrder: [String] = []

    /// `prefix` in smali form (`com/umeng`); shown dotted.
    mutating func addClass(_ d: String, prefix: String, file: String?) {
        classCount += 1
        if prefixes[prefix] == nil {
            prefixes[prefix] = (0, []); prefixOrder.append(prefix)
            note(SDKPattern(kind: .packagePrefix, value: prefix.replacingOccurrences(of: "/", with: ".")))
        }
        prefixes[prefix]?.count += 1
        if let n = prefixes[prefix]?.examples.count, n < SDKMatcher.examplesPerPrefix { prefixes[prefix]?.examples.append((d, file)) }
    }

    mutating func add(_ kind: SDKPattern.Kind, _ value: String, _ e: Evidence) {
        note(SDKPattern(kind: kind, value: value))
        if other.count < 20 { other.append(e) }
    }

    private mutating func note(_ p: SDKPattern) { if seen.insert(p).inserted { patterns.append(p) } }

    func evidence() -> [Evidence] {
        var out: [Evidence] = []
        for p in prefixOrder.sorted() {
            guard let v = prefixes[p] else { continue }
            for (d, f) in v.examples {
                out.append(Evidence(.dexClass, file: f, location: "package \(p.replacingOccurrences(of: "/", with: ".")) (\(v.count) classes)", detail: d))
            }
        }
        return out + other
    }
}
