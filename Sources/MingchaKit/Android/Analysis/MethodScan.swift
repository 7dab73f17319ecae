/// Small per-method views over a DexIndex by integer id, shared by the analyses.
extension DexIndex {
    /// (raw edge, callee class descriptor, callee name) of every call in method `m`, in code order.
    func callsOut(_ m: Int32) -> [(edge: Int32, cls: String, name: String)] {
        calls.edges(from: m).map { e in
            let k = methodKeys[Int(calls.to[Int(e)])]
            return (e, names[k.cls], names[k.name])
        }
    }

    /// const-string values in method `m`, in code order.
    func constStrings(in m: Int32) -> [String] {
        constStrings.edges(from: m).map { names[constStrings.to[Int($0)]] }
    }

    /// Defined methods of class index `ci`.
    func methodIds(ofClass ci: Int32) -> [Int32] {
        guard ci >= 0, Int(ci) < classes.count else { return [] }
        return classes[Int(ci)].methods.filter(\.hasCode).map(\.id)
    }

    /// The class that defines `m`, dotted, or the referenced class when it is not in the app.
    func className(ofMethod m: Int32) -> String {
        if let c = definingClass(ofMethod: m) { return c.name }
        guard m >= 0, Int(m) < methodKeys.count else { return "" }
        return DexNames.dotted(names[methodKeys[Int(m)].cls])
    }

    /// `com.a.B` for `com.a.B$1`, `com.a.B$onCreate$1` and `com.a.B$$Lambda$0`: the class an
    /// anonymous or inner class's code belongs to.
    static func outerClass(_ dotted: String) -> String {
        guard let i = dotted.firstIndex(of: "$") else { return dotted }
        return String(dotted[..<i])
    }
}

extension DexIndex {
    /// App resource ids method `m` loads as constants, in code order.
    func resourceIds(in m: Int32) -> [UInt32] {
        resourceLiterals.edges(from: m).map { UInt32(bitPattern: resourceLiterals.to[Int($0)]) }
    }
}
