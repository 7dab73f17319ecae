/// Third-party SDKs in an APK: the knowledge base's matcher over classes, native libraries,
/// manifest components, assets and meta-data keys, then one pass over the call edges for how far
/// the app uses each SDK (present < referenced < initialised).
enum SDKFacts {
    /// What the package shows that can name an SDK.
    static func matcherInput(manifest: AndroidManifest, index: DexIndex?, inventory: ApkInventory) -> SDKMatcher.Input {
        var input = SDKMatcher.Input()
        input.classDescriptors = index.map { ix in ix.classes.indices.map { ix.descriptor(ofClass: $0) } } ?? []
        input.classFiles = (index?.classes ?? []).map(\.dexFile)
        // Paths, so the evidence names the file a tester can list with `unzip -l`.
        input.nativeLibs = inventory.nativeLibraries.sorted { $0.key < $1.key }.flatMap { abi, names in names.map { "lib/\(abi)/\($0)" } }
        var components = manifest.components.map(\.name)
        if let app = manifest.application.className { components.append(app) }
        input.manifestComponents = components
        input.assets = inventory.assets
        var keys = manifest.application.metaData.map(\.name)
        for c in manifest.components { keys += c.metaData.map(\.name) }
        input.metaDataKeys = Array(Set(keys)).sorted()
        return input
    }

    /// The call-site examples kept per SDK and strength.
    static let examples = 2

    /// SDK facts with their strength. `owners` is `SDKOwnership.methodOwners` over the matched SDKs.
    static func facts(matches: [SDKMatcher.Match], ownership: SDKOwnership, owners: [Int32], index: DexIndex?) -> [SDKFact] {
        var strength = [SDKFact.Strength](repeating: .present, count: ownership.sdks.count)
        var extra = [[Evidence]](repeating: [], count: ownership.sdks.count)
        if let index {
            let inits = initMethodOwners(ownership.sdks, index)
            var referencedSeen = [Int](repeating: 0, count: ownership.sdks.count)
            var initSeen = [Int](repeating: 0, count: ownership.sdks.count)
            let calls = index.calls
            for e in 0..<calls.count {
                let to = calls.to[e], from = calls.from[e]
                guard to >= 0, Int(to) < owners.count, from >= 0, Int(from) < owners.count else { continue }
                let callee = owners[Int(to)]
                let caller = owners[Int(from)]
                guard callee >= 0, caller != callee else { continue }
                let s = Int(callee)
                if let initSDK = inits[to], initSDK == s {
                    strength[s] = .initialised
                    if initSeen[s] < examples, let site = index.callSite(edge: e) {
                        initSeen[s] += 1
                        extra[s].append(Evidence(.dexCall, file: site.dexFile, location: site.caller.smali,
                                                 detail: "SDK init: " + site.callee.smali))
                    }
                } else if caller < 0 {
                    if strength[s] < .referenced { strength[s] = .referenced }
                    if referencedSeen[s] < examples, let site = index.callSite(edge: e) {
                        referencedSeen[s] += 1
                        extra[s].append(Evidence(.dexCall, file: site.dexFile, location: site.caller.smali,
                                                 detail: "app code calls the SDK: " + site.callee.smali))
                    }
                }
            }
        }
        var out: [SDKFact] = []
        for m in matches {
            let i = ownership.sdks.firstIndex { $0.id == m.sdk.id }
            let s = m.sdk
            out.append(SDKFact(id: s.id, nameZh: s.nameZh, nameEn: s.nameEn, vendor: s.vendor, category: s.category,
                               strength: i.map { strength[$0] } ?? .present,
                               collects: s.collects,
                               evidence: m.evidence + (i.map { extra[$0] } ?? [])))
        }
        return out
    }

    /// Method ids that are an SDK's documented init entry (`Lcom/x/Y;->init`, any proto) -> SDK index.
    static func initMethodOwners(_ sdks: [SDKSignature], _ index: DexIndex) -> [Int32: Int] {
        var wanted: [DexIndex.ClassAndName: Int] = [:]
        for (i, s) in sdks.enumerated() {
            for m in s.initMethods {
                if let k = index.classAndName(ofInitMethod: m) { wanted.keepFirst(k, i) }
            }
        }
        return Dictionary(uniqueKeysWithValues: index.members(of: index.methodKeys, in: wanted).map { ($0.id, $0.value) })
    }
}
