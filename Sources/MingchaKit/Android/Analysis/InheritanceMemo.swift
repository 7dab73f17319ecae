/// Whether app classes extend or implement one of a set of types (dotted names), asked of many
/// classes (the call graph asks it of every class the code instantiates). A question walks up to
/// 64 superclass hops, stopping at a class already answered or at a superclass cycle, then the
/// app interfaces named on the way and theirs, 64 distinct app interfaces at most (framework
/// interfaces are only compared by name, not counted). Answers are kept so later walks stop at a
/// class already answered: "yes" for every class of the chain up to the one whose superclass or
/// own interface is a wanted type, or only for the class asked when it was found through an app
/// interface; "no" for every class of a walk that ended without a cut (their own walks are part
/// of it; in a superclass cycle every class has the same ancestors). A walk cut at either limit
/// keeps nothing, so which class is asked first cannot change an answer, with one exception: on
/// a chain deeper than 64 a class may be answered "yes" through a class above it that already
/// was, where its own walk alone would have been cut.
struct InheritanceMemo {
    let names: Set<String>
    /// Per class index: 1 inherits, 0 does not, -1 not yet known.
    private var known: [Int8]

    init(names: Set<String>, classCount: Int) {
        self.names = names
        known = [Int8](repeating: -1, count: classCount)
    }

    mutating func inherits(_ ci: Int32, in h: ClassHierarchy) -> Bool {
        if known[Int(ci)] >= 0 { return known[Int(ci)] == 1 }
        var chain: [Int32] = []
        var pending: [Int32] = []   // app interfaces named on the way
        var c = ci
        var cut = false
        while true {
            if known[Int(c)] == 1 { return answer(true, chain, upTo: chain.count) }
            if known[Int(c)] == 0 || chain.contains(c) { break }   // nothing above it, or a cycle
            guard chain.count < 64 else { cut = true; break }
            chain.append(c)
            let k = h.dex.classes[Int(c)]
            if let s = k.superclass, names.contains(s) { return answer(true, chain, upTo: chain.count) }
            for i in k.interfaces {
                if names.contains(i) { return answer(true, chain, upTo: chain.count) }
                if let ic = h.dex.classByName[i] { pending.append(ic) }
            }
            guard h.superIndex[Int(c)] >= 0 else { break }
            c = h.superIndex[Int(c)]
        }
        var seen: [Int32] = []   // 64 at most, so a linear search
        while let ic = pending.popLast() {
            if seen.contains(ic) { continue }
            guard seen.count < 64 else { cut = true; break }
            seen.append(ic)
            for j in h.dex.classes[Int(ic)].interfaces {
                if names.contains(j) { return answer(true, chain, upTo: 1) }
                if let jc = h.dex.classByName[j] { pending.append(jc) }
            }
        }
        return answer(false, cut ? [] : chain, upTo: chain.count)
    }

    /// Keeps `yes` for the first `upTo` classes of the chain (a type found through an interface
    /// is known to be reached only from the class asked about).
    private mutating func answer(_ yes: Bool, _ chain: [Int32], upTo n: Int) -> Bool {
        for c in chain.prefix(n) { known[Int(c)] = yes ? 1 : 0 }
        return yes
    }
}
