/// Heuristic for "this call only happens after the user agreed": a method on the call path asks a
/// consent question before making the next call. A consent question is a call to a method whose
/// name, strings or fields speak of agreement/privacy (`isAgreePrivacy()`, a SharedPreferences
/// read of `privacy_agreed`), or a SharedPreferences/MMKV read in a method that loads such a key.
/// It cannot see which branch the call sits in, so "guarded" means "checked first", not "proved".
struct ConsentGuard {
    static let words = ["agree", "privacy", "consent", "隐私", "同意"]
    private let dex: DexIndex
    private var wordy: [Int32: Bool] = [:]

    init(dex: DexIndex) { self.dex = dex }

    static func mentionsConsent(_ s: String) -> Bool {
        let l = s.lowercased()
        return words.contains { l.contains($0) }
    }

    /// Method `m` names, loads or reads consent wording.
    mutating func speaksOfConsent(_ m: Int32) -> Bool {
        if let w = wordy[m] { return w }
        var w = false
        if let k = dex.methodKeys.indices.contains(Int(m)) ? dex.methodKeys[Int(m)] : nil {
            w = ConsentGuard.mentionsConsent(dex.names[k.name])
        }
        if !w { w = dex.constStrings.edges(from: m).contains { ConsentGuard.mentionsConsent(dex.names[dex.constStrings.to[Int($0)]]) } }
        if !w {
            w = dex.fieldAccesses.edges(from: m).contains { e in
                DexIndex.isFieldRead(dex.fieldAccesses.op[Int(e)])
                    && ConsentGuard.mentionsConsent(dex.names[dex.fieldKeys[Int(dex.fieldAccesses.to[Int(e)])].name])
            }
        }
        wordy[m] = w
        return w
    }

    static let storageReaders: Set<String> = ["Landroid/content/SharedPreferences;", "Lcom/tencent/mmkv/MMKV;"]

    /// Method `m` asks a consent question at a call before raw call edge `before` (any call when
    /// `before` is -1, i.e. the next step is implied and has no position).
    mutating func checksBefore(in m: Int32, before: Int32) -> Bool {
        let ownWords = speaksOfConsent(m)
        for e in dex.calls.edges(from: m) {
            if before >= 0 && e >= before { break }
            let callee = dex.calls.to[Int(e)]
            let k = dex.methodKeys[Int(callee)]
            if ownWords && ConsentGuard.storageReaders.contains(dex.names[k.cls]) && dex.names[k.name].hasPrefix(readPrefix(dex.names[k.cls])) {
                return true
            }
            if dex.isDefined(callee) || ConsentGuard.mentionsConsent(dex.names[k.name]) {
                if speaksOfConsent(callee) { return true }
            }
        }
        // A consent field read has no position among the calls; count it when the method reads one.
        return dex.fieldAccesses.edges(from: m).contains { e in
            DexIndex.isFieldRead(dex.fieldAccesses.op[Int(e)])
                && ConsentGuard.mentionsConsent(dex.names[dex.fieldKeys[Int(dex.fieldAccesses.to[Int(e)])].name])
        }
    }

    private func readPrefix(_ cls: String) -> String { cls.hasPrefix("Lcom/tencent/mmkv") ? "decode" : "get" }

    /// Some step of `path` asks a consent question before taking the next step; `finalEdge` is
    /// the call from the last method to the target.
    mutating func guards(_ path: [(node: Int32, edgeToNext: Int32)], finalEdge: Int32) -> Bool {
        for (i, step) in path.enumerated() {
            let before = i == path.count - 1 ? finalEdge : step.edgeToNext
            if checksBefore(in: step.node, before: before) { return true }
        }
        return false
    }
}
