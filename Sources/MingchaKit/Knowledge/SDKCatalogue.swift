/// The SDK files of `Signatures/sdks/` merged into one list: entries of higher-priority files
/// (hand-curated) win over generated ones for the same id and for the same pattern, so a pattern
/// names exactly one SDK.
struct SDKCatalogue {
    struct File {
        var name: String
        var source: String
        var priority: Int
        var sdks: [SDKSignature]
    }

    private(set) var merged: [SDKSignature] = []
    private(set) var shadowed: [ShadowedPattern] = []

    init(files: [File]) {
        var ids: [String: String] = [:]                  // id -> source that owns it
        var owners: [SDKPattern: String] = [:]           // pattern -> sdk id
        let ordered = files.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.name < $1.name }
        for file in ordered {
            for var sdk in file.sdks {
                sdk.source = sdk.source ?? file.source
                if let owner = ids[sdk.id] {
                    shadowed.append(ShadowedPattern(sdk: sdk.id, source: sdk.source, pattern: nil, winner: owner))
                    continue
                }
                let inFile = Set(sdk.patterns)
                var lost = Set<SDKPattern>()
                for p in inFile { if let w = owners[Self.key(p)], w != sdk.id { lost.insert(p); shadowed.append(ShadowedPattern(sdk: sdk.id, source: sdk.source, pattern: p, winner: w)) } }
                if !lost.isEmpty {
                    func keep(_ kind: SDKPattern.Kind, _ xs: [String]) -> [String] { xs.filter { !lost.contains(SDKPattern(kind: kind, value: $0)) } }
                    sdk.packagePrefixes = keep(.packagePrefix, sdk.packagePrefixes); sdk.components = keep(.component, sdk.components)
                    sdk.nativeLibs = keep(.nativeLib, sdk.nativeLibs); sdk.assets = keep(.asset, sdk.assets)
                    sdk.metaDataKeys = keep(.metaDataKey, sdk.metaDataKeys); sdk.jsFiles = keep(.jsFile, sdk.jsFiles)
                    sdk.plugins = keep(.plugin, sdk.plugins)
                    if sdk.patterns.isEmpty { continue }   // nothing left to recognise it by
                }
                ids[sdk.id] = sdk.source ?? file.source
                for p in sdk.patterns where owners[Self.key(p)] == nil { owners[Self.key(p)] = sdk.id }
                merged.append(sdk)
            }
        }
        merged.sort { $0.id < $1.id }
    }

    /// Patterns compare case-insensitively for native libs (file systems differ), exactly otherwise.
    static func key(_ p: SDKPattern) -> SDKPattern {
        p.kind == .nativeLib ? SDKPattern(kind: p.kind, value: p.value.lowercased()) : p
    }
}
