/// Recognises packers (加固) from what a packed app still shows: the stub classes in its DEX, its
/// native libraries and its assets. A hit means the real code is hidden, so the app must be
/// reported as "code hidden by packer X", never as clean.
public struct PackerHit: Codable, Sendable, Hashable {
    public enum Confidence: String, Codable, Sendable {
        /// A stub class, or strong evidence of two different kinds.
        case certain
        /// One strong file, or two weak ones.
        case likely
    }
    public struct Match: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable { case stubClass, classPrefix, nativeLib, asset, missingClasses }
        public var kind: Kind
        /// The signature pattern that matched.
        public var pattern: String
        /// What it matched: class name or file path in the package.
        public var value: String
        public var weak: Bool
    }

    public var id: String
    public var nameZh: String
    public var nameEn: String
    public var vendor: String?
    public var confidence: Confidence
    public var matches: [Match]

    public var evidence: [Evidence] {
        matches.map { m in
            switch m.kind {
            case .stubClass, .classPrefix:
                return Evidence(.dexClass, location: m.value, detail: "\(nameEn) stub class (\(m.pattern))")
            case .nativeLib, .asset:
                return Evidence(.packageFile, file: m.value, detail: "\(nameEn) file (\(m.pattern))")
            case .missingClasses:
                return Evidence(.manifestElement, location: m.value, detail: "declared class not present in any DEX")
            }
        }
    }
}

public enum PackerDetector {
    /// At most this many examples per pattern are kept as evidence.
    static let examplesPerPattern = 3

    /// - Parameters:
    ///   - classNames: dotted class names of all DEX files (`DexIndex.classes`).
    ///   - nativeLibs: package paths of native libraries (`lib/arm64-v8a/libjiagu_a64.so`).
    ///   - assets: package paths of assets (`assets/ijiami.dat`; the `assets/` prefix is optional).
    ///   - declaredClasses: Application and component classes the manifest names (fully qualified).
    ///     When most are absent from the DEX and no known packer matched, an unknown packer is reported.
    public static func detect(classNames: [String], nativeLibs: [String], assets: [String],
                              signatures: PackerSignatures, declaredClasses: [String] = []) -> [PackerHit] {
        let classSet = Set(classNames)
        let libs = nativeLibs.map { ($0, baseName($0)) }
        let assetPaths = assets.map { ($0, $0.hasPrefix("assets/") ? String($0.dropFirst(7)) : $0) }
        var hits: [PackerHit] = []
        for sig in signatures.packers {
            var matches: [PackerHit.Match] = []
            for c in sig.stubClasses ?? [] where classSet.contains(c) {
                matches.append(.init(kind: .stubClass, pattern: c, value: c, weak: false))
            }
            for prefix in sig.classPrefixes ?? [] {
                var n = 0
                for c in classNames where c.hasPrefix(prefix) && !(sig.stubClasses ?? []).contains(c) {
                    matches.append(.init(kind: .classPrefix, pattern: prefix, value: c, weak: false))
                    n += 1
                    if n == examplesPerPattern { break }
                }
            }
            func files(_ patterns: [String]?, _ list: [(String, String)], _ kind: PackerHit.Match.Kind, weak: Bool) {
                for p in patterns ?? [] {
                    var n = 0
                    for (path, key) in list where Glob.matches(p, key) {
                        matches.append(.init(kind: kind, pattern: p, value: path, weak: weak))
                        n += 1
                        if n == examplesPerPattern { break }
                    }
                }
            }
            files(sig.nativeLibs, libs, .nativeLib, weak: false)
            files(sig.weakNativeLibs, libs, .nativeLib, weak: true)
            files(sig.assets, assetPaths, .asset, weak: false)
            files(sig.weakAssets, assetPaths, .asset, weak: true)
            if let confidence = judge(matches) {
                hits.append(PackerHit(id: sig.id, nameZh: sig.nameZh, nameEn: sig.nameEn, vendor: sig.vendor,
                                      confidence: confidence, matches: matches))
            }
        }
        if hits.isEmpty, let unknown = missingCode(declaredClasses, classSet) { hits.append(unknown) }
        return hits.sorted { $0.id < $1.id }
    }

    /// Strong evidence of two kinds, or a stub class, is certain; one strong or two distinct weak is likely.
    static func judge(_ matches: [PackerHit.Match]) -> PackerHit.Confidence? {
        let strong = matches.filter { !$0.weak }
        if strong.contains(where: { $0.kind == .stubClass }) { return .certain }
        if Set(strong.map { $0.kind == .classPrefix ? PackerHit.Match.Kind.stubClass : $0.kind }).count >= 2 { return .certain }
        if !strong.isEmpty { return .likely }
        return Set(matches.map(\.pattern)).count >= 2 ? .likely : nil
    }

    /// The manifest names classes the DEX does not contain: the real code lives elsewhere.
    static func missingCode(_ declared: [String], _ classes: Set<String>) -> PackerHit? {
        let unique = Array(Set(declared)).sorted()
        guard unique.count >= 2 else { return nil }
        let missing = unique.filter { !classes.contains($0) }
        guard missing.count * 2 > unique.count else { return nil }
        return PackerHit(id: "unknown", nameZh: "未知加固或动态加载", nameEn: "Unknown packer or dynamic loading",
                         vendor: nil, confidence: .likely,
                         matches: missing.prefix(examplesPerPattern).map {
                             .init(kind: .missingClasses, pattern: "\(missing.count)/\(unique.count) declared classes missing",
                                   value: $0, weak: false)
                         })
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// File-name patterns of the signature files: `*` matches any run of characters; a pattern ending
/// in `/` matches everything inside that folder.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        if pattern.hasSuffix("/") { return text.hasPrefix(pattern) }
        let p = Array(pattern.utf8), t = Array(text.utf8)
        // Iterative wildcard match with one backtrack point: linear-ish, no recursion.
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if pi < p.count && p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
