/// What a call lands on, for the pre-consent search: a sensitive API of the knowledge base or an
/// SDK's init method. Classified once per distinct callee id.
struct TargetTable {
    struct Target {
        var kind: PreConsentFact.TargetKind
        /// The callee as smali.
        var name: String
        var infoTypes: [InfoType]
        var sdk: String?
    }

    private var byCallee: [Int32: Target] = [:]

    init(dex: DexIndex, knowledge: KnowledgeBase, sdks: [SDKMatcher.Match]) {
        var apis: [String: SensitiveAPI] = [:]
        for a in knowledge.sensitiveAPIs where apis[a.owner + "->" + a.method] == nil { apis[a.owner + "->" + a.method] = a }
        var inits: [String: SDKSignature] = [:]
        var seen = Set<String>()
        for s in sdks.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for i in s.initMethods where inits[i] == nil { inits[i] = s }
        }
        guard !apis.isEmpty || !inits.isEmpty else { return }
        // Only callees that are called matter; classify each distinct one once.
        var done = Set<Int32>()
        for callee in dex.calls.to where done.insert(callee).inserted {
            let k = dex.methodKeys[Int(callee)]
            let key = dex.names[k.cls] + "->" + dex.names[k.name]
            guard let name = dex.smali(ofMethod: callee) else { continue }
            if let a = apis[key] {
                byCallee[callee] = Target(kind: .sensitiveAPI, name: name, infoTypes: a.infoTypes, sdk: nil)
            } else if let s = inits[key] {
                byCallee[callee] = Target(kind: .sdkInit, name: name, infoTypes: s.collectsKnown ? s.collects : [], sdk: s.id)
            }
        }
    }

    var isEmpty: Bool { byCallee.isEmpty }

    func target(ofCallee id: Int32) -> Target? { byCallee[id] }
}
