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
        // Byte search (no "$" byte, no "$" Character); a non-ASCII name keeps the Character
        // search, since a "$" there may be part of a longer grapheme. On the string's own UTF-8
        // bytes (`withUTF8` copies only a string stored otherwise): the generic UTF-8 view costs
        // several times more per byte, for each of an app's classes.
        var name = dotted
        return name.withUTF8 { u in
            guard let i = u.firstIndex(of: UInt8(ascii: "$")) else { return dotted }
            if !u.isASCII { return slowOuterClass(dotted) }
            return String(decoding: UnsafeBufferPointer(rebasing: u[..<i]), as: UTF8.self)
        }
    }

    private static func slowOuterClass(_ dotted: String) -> String {
        guard let i = dotted.firstIndex(of: "$") else { return dotted }
        return String(dotted[..<i])
    }

    /// Method ids (referenced or defined) whose class descriptor and name are one of `pairs`
    /// (`("Ljava/lang/System;", "exit")`; an empty class matches any class), found by comparing
    /// interned ids in one pass over the method table.
    func methodIds(matching pairs: [(cls: String, name: String)]) -> [Int32] {
        var wanted: [Int32: [Int32]] = [:]   // name id -> class ids (-1: any)
        for p in pairs {
            guard let n = names.lookup(p.name) else { continue }
            if p.cls.isEmpty { wanted[n, default: []].append(-1) } else if let c = names.lookup(p.cls) { wanted[n, default: []].append(c) }
        }
        guard !wanted.isEmpty else { return [] }
        let named = nameMarks(wanted.keys)
        var out: [Int32] = []
        for (i, k) in methodKeys.enumerated() {
            guard named[Int(k.name)], let cs = wanted[k.name] else { continue }
            if cs.contains(-1) || cs.contains(k.cls) { out.append(Int32(i)) }
        }
        return out
    }

    /// A class and a member name as interned ids: how the knowledge base names an API (any proto).
    struct ClassAndName: Hashable { var cls: Int32, name: Int32 }

    /// An SDK's init entry as the knowledge base writes it (`Lcom/x/Y;->init`, a dotted class or
    /// a `(proto` after the name allowed), as ids of this app; nil when the app has no such names.
    func classAndName(ofInitMethod m: String) -> ClassAndName? {
        guard let arrow = m.range(of: "->") else { return nil }
        var name = String(m[arrow.upperBound...])
        if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
        var cls = String(m[..<arrow.lowerBound])
        if !cls.hasPrefix("L") { cls = DexNames.descriptor(cls) }
        guard let c = names.lookup(cls), let n = names.lookup(name) else { return nil }
        return ClassAndName(cls: c, name: n)
    }

    /// Each member of `keys` (`methodKeys` or `fieldKeys`) whose class and name `wanted` holds,
    /// with its value, in id order. Names are checked first against a mark per name id, so the
    /// pass over every member of an app hashes only the few whose name is wanted.
    func members<Value>(of keys: [MemberKey], in wanted: [ClassAndName: Value]) -> [(id: Int32, value: Value)] {
        guard !wanted.isEmpty else { return [] }
        let named = nameMarks(wanted.keys.map(\.name))
        var out: [(id: Int32, value: Value)] = []
        for (i, k) in keys.enumerated() where named[Int(k.name)] {
            if let v = wanted[ClassAndName(cls: k.cls, name: k.name)] { out.append((Int32(i), v)) }
        }
        return out
    }

    /// A mark per interned string id, set for `ids`: a pass over every method or field of an
    /// app asks it for each one's name, an array read where a Set or Dictionary would hash.
    func nameMarks<Ids: Sequence>(_ ids: Ids) -> [Bool] where Ids.Element == Int32 {
        var marks = [Bool](repeating: false, count: names.strings.count)
        for n in ids { marks[Int(n)] = true }
        return marks
    }

    /// Distinct defined methods that call any of `callees`, in id order.
    func callers(ofAny callees: [Int32]) -> [Int32] {
        var seen = Set<Int32>()
        for c in callees { for e in calls.edges(to: c) { seen.insert(calls.from[Int(e)]) } }
        return seen.filter { isDefined($0) }.sorted()
    }

    /// App resource ids method `m` loads as constants, in code order.
    func resourceIds(in m: Int32) -> [UInt32] {
        resourceLiterals.edges(from: m).map { UInt32(bitPattern: resourceLiterals.to[Int($0)]) }
    }
}
