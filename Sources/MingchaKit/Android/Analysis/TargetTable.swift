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
    /// What each wanted (class, name) is, and per method id of the app its place there or -1:
    /// the call graph asks for every call edge of every method it reaches.
    private var kinds: [Kind] = []
    private var kindOf: [Int32] = []
    private let dex: DexIndex

    init(dex: DexIndex, knowledge: KnowledgeBase, sdks: [SDKMatcher.Match]) {
        self.dex = dex
        var wanted: [DexIndex.ClassAndName: Int] = [:]
        func want(_ k: DexIndex.ClassAndName?, _ kind: Kind) {
            guard let k, wanted[k] == nil else { return }   // the first claim keeps it
            wanted[k] = kinds.count; kinds.append(kind)
        }
        for a in knowledge.sensitiveAPIs {
            if let c = dex.names.lookup(a.owner), let n = dex.names.lookup(a.method) { want(.init(cls: c, name: n), .api(a)) }
        }
        var seen = Set<String>()
        for s in sdks.map(\.sdk) + knowledge.sdks where seen.insert(s.id).inserted {
            for i in s.initMethods { want(dex.classAndName(ofInitMethod: i), .sdk(s)) }
        }
        guard !wanted.isEmpty else { return }
        kindOf = [Int32](repeating: -1, count: dex.methodKeys.count)
        for (id, k) in dex.members(of: dex.methodKeys, in: wanted) { kindOf[Int(id)] = Int32(k) }
    }

    var isEmpty: Bool { kinds.isEmpty }

    func target(ofCallee id: Int32) -> Target? {
        guard id >= 0, Int(id) < kindOf.count, kindOf[Int(id)] >= 0, let name = dex.smali(ofMethod: id) else { return nil }
        switch kinds[Int(kindOf[Int(id)])] {
        case .api(let a): return Target(kind: .sensitiveAPI, name: name, infoTypes: a.infoTypes, sdk: nil)
        case .sdk(let s): return Target(kind: .sdkInit, name: name, infoTypes: s.collectsKnown ? s.collects : [], sdk: s.id)
        }
    }
}
