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
        let entries = files.reduce(0) { $0 + $1.sdks.count }
        var ids: [String: String] = [:]                  // id -> source that owns it
        var owners: [SDKPattern: String] = [:]           // pattern -> sdk id
        ids.reserveCapacity(entries); owners.reserveCapacity(entries * 3); merged.reserveCapacity(entries)
        let ordered = files.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.name < $1.name }
        for file in ordered {
            for var sdk in file.sdks {
                sdk.source = sdk.source ?? file.source
                if let owner = ids[sdk.id] {
                    shadowed.append(ShadowedPattern(sdk: sdk.id, source: sdk.source, pattern: nil, winner: owner))
                    continue
                }
                // One lookup per distinct pattern (entries have a handful, so the repeat check is a scan).
                let patterns = sdk.patterns
                var lost: [SDKPattern] = [], fresh: [SDKPattern] = []
                for (n, p) in patterns.enumerated() where !patterns[..<n].contains(p) {
                    let key = Self.key(p)
                    if let w = owners[key] {
                        if w != sdk.id { lost.append(p); shadowed.append(ShadowedPattern(sdk: sdk.id, source: sdk.source, pattern: p, winner: w)) }
                    } else {
                        fresh.append(key)
                    }
                }
                if !lost.isEmpty {
                    let lost = Set(lost)
                    func keep(_ kind: SDKPattern.Kind, _ xs: [String]) -> [String] { xs.filter { !lost.contains(SDKPattern(kind: kind, value: $0)) } }
                    sdk.packagePrefixes = keep(.packagePrefix, sdk.packagePrefixes); sdk.components = keep(.component, sdk.components)
                    sdk.nativeLibs = keep(.nativeLib, sdk.nativeLibs); sdk.assets = keep(.asset, sdk.assets)
                    sdk.metaDataKeys = keep(.metaDataKey, sdk.metaDataKeys); sdk.jsFiles = keep(.jsFile, sdk.jsFiles)
                    sdk.plugins = keep(.plugin, sdk.plugins)
                    if fresh.isEmpty { continue }   // nothing left to recognise it by
                }
                ids[sdk.id] = sdk.source ?? file.source
                for key in fresh { owners[key] = sdk.id }
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
