/// Who can collect what, from the code: every call of a sensitive API (and every read of a
/// sensitive static field such as `Build.SERIAL`) in the knowledge base, attributed to the SDK
/// whose package owns the calling class, else to the app. One pass over the referenced methods
/// and fields; call sites are visited only for the matched ones.
enum CollectionFacts {
    /// Call sites kept as evidence per (information type, collector).
    static let examples = 3

    struct Site {
        var infoTypes: [InfoType]
        var caller: Int32
        var evidence: Evidence
    }

    /// Every sensitive site of the code: API calls, sensitive field reads, content-URI queries.
    static func sites(index: DexIndex, knowledge: KnowledgeBase) -> [Site] {
        apiSites(index: index, knowledge: knowledge) + ContentURIs.sites(index: index, knowledge: knowledge)
    }

    /// Sensitive API calls and field reads as sites. APIs whose information depends on a content
    /// URI are left to `ContentURIs`; APIs with an `argument` count only when the calling method
    /// loads that string (`Settings.Secure.getString(…, "android_id")`).
    static func apiSites(index: DexIndex, knowledge: KnowledgeBase) -> [Site] {
        typealias Pair = DexIndex.ClassAndName
        var methods: [Pair: [SensitiveAPI]] = [:]
        var fields: [Pair: [SensitiveAPI]] = [:]
        for api in knowledge.sensitiveAPIs where !api.needsURI && !api.infoTypes.isEmpty {
            let owner = api.owner.hasPrefix("L") ? api.owner : DexNames.descriptor(api.owner)
            guard let c = index.names.lookup(owner), let n = index.names.lookup(api.method) else { continue }
            if api.kind == .field { fields[Pair(cls: c, name: n), default: []].append(api) } else { methods[Pair(cls: c, name: n), default: []].append(api) }
        }
        var out: [Site] = []
        for (m, apis) in index.members(of: index.methodKeys, in: methods) {
            for e in index.calls.edges(to: m) {
                let caller = index.calls.from[Int(e)]
                let types = infoTypes(apis, caller: caller, index: index)
                guard !types.isEmpty, let site = index.callSite(edge: Int(e)) else { continue }
                out.append(Site(infoTypes: types, caller: caller, evidence: site.evidence))
            }
        }
        for (f, apis) in index.members(of: index.fieldKeys, in: fields) {
            guard let field = index.fieldRef(f) else { continue }
            for e in index.fieldAccesses.edges(to: f) where DexIndex.isFieldRead(index.fieldAccesses.op[Int(e)]) {
                let caller = index.fieldAccesses.from[Int(e)]
                let types = infoTypes(apis, caller: caller, index: index)
                guard !types.isEmpty, let ref = index.methodRef(caller) else { continue }
                let file = index.definingClass(ofMethod: caller)?.dexFile
                out.append(Site(infoTypes: types, caller: caller,
                                evidence: Evidence(.dexCall, file: file, location: ref.smali, detail: "reads " + field.smali)))
            }
        }
        return out
    }

    /// The information the APIs read when called from `caller`: an API with an `argument`
    /// counts only when the caller loads that string.
    static func infoTypes(_ apis: [SensitiveAPI], caller: Int32, index: DexIndex) -> [InfoType] {
        var types = Set<InfoType>()
        var strings: Set<String>?
        for api in apis {
            if let arg = api.argument {
                if strings == nil {
                    strings = Set(index.constStrings.edges(from: caller).map { index.names[index.constStrings.to[Int($0)]] })
                }
                guard strings?.contains(arg) == true else { continue }
            }
            types.formUnion(api.infoTypes)
        }
        return types.sorted()
    }

    /// One fact per (information type, collector), with the first few sites and the total count.
    static func aggregate(_ sites: [Site], ownership: SDKOwnership, owners: [Int32]) -> [CollectionFact] {
        struct Key: Hashable { var type: InfoType; var owner: Int32 }
        var order: [Key] = []
        var evidence: [Key: [Evidence]] = [:]
        var count: [Key: Int] = [:]
        for s in sites {
            let owner = s.caller >= 0 && Int(s.caller) < owners.count ? owners[Int(s.caller)] : -1
            for t in s.infoTypes {
                let k = Key(type: t, owner: owner)
                if count[k] == nil { order.append(k) }
                count[k, default: 0] += 1
                if evidence[k, default: []].count < examples, !(evidence[k]?.contains(s.evidence) ?? false) {
                    evidence[k, default: []].append(s.evidence)
                }
            }
        }
        return order.map { k in
            var ev = evidence[k] ?? []
            let n = count[k] ?? 0
            if n > ev.count, !ev.isEmpty {
                ev[0].detail = (ev[0].detail ?? "") + " (\(n) call sites in all)"
            }
            return CollectionFact(infoType: k.type, collector: ownership.collector(k.owner), channel: .api, evidence: ev)
        }
    }
}
