/// What a call lands on, for the pre-consent search: a sensitive API of the knowledge base or an
/// SDK's init method. Looked up by interned (class, name) ids, so no strings are built per call.
struct TargetTable {
    struct Target {
        var kind: PreConsentFact.TargetKind
        /// The callee as smali.
        var name: String
        var infoTypes: [InfoType]
        var sdk: String?
    }

    private enum Kind { case api(SensitiveAPI), sdk(SDKSignature) }
    /// (class descriptor id << 32 | name id) -> what it is.
    private var byClassAndName: [Int64: Kind] = [:]
    private let dex: DexIndex

    init(dex: DexIndex, knowledge: KnowledgeBase, sdks: [SDKMatcher.Match]) {
        self.dex = dex
        func key(_ owner: String, _ method: String) -> Int64? {
            guard let c = dex.names.lookup(owner), let n = dex.names.lookup(method) else { return nil }
            return Int64(c) << 32 | Int64(n)
        }
        for a in knowledge.sensitiveAPIs {
            if let k = key(a.owner, a.method), byClassAndName[k] == nil { byClassAndName[k] = .api(a) }
        }
        var seen = Set<String>()
        for s in sdks.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for i in s.initMethods {
                guard let arrow = i.range(of: "->") else { continue }
                if let k = key(String(i[..<arrow.lowerBound]), String(i[arrow.upperBound...])), byClassAndName[k] == nil {
                    byClassAndName[k] = .sdk(s)
                }
            }
        }
    }

    var isEmpty: Bool { byClassAndName.isEmpty }

    func target(ofCallee id: Int32) -> Target? {
        guard !byClassAndName.isEmpty, id >= 0, Int(id) < dex.methodKeys.count else { return nil }
        let k = dex.methodKeys[Int(id)]
        guard let kind = byClassAndName[Int64(k.cls) << 32 | Int64(k.name)], let name = dex.smali(ofMethod: id) else { return nil }
        switch kind {
        case .api(let a): return Target(kind: .sensitiveAPI, name: name, infoTypes: a.infoTypes, sdk: nil)
        case .sdk(let s): return Target(kind: .sdkInit, name: name, infoTypes: s.collectsKnown ? s.collects : [], sdk: s.id)
        }
    }
}
