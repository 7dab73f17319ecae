/// Whether app classes extend or implement one of a set of types (dotted names), asked of many
/// classes (the call graph asks it of every class the code instantiates): each class's answer
/// is kept, and a subclass reuses its superclass's instead of walking the chain again, so
/// shared ancestors are looked at once.
struct InheritanceMemo {
    let names: Set<String>
    /// Per class index: 1 inherits, 0 does not, -1 not yet known.
    private var known: [Int8]
    /// The same for app interfaces reached through `interfaces`.
    private var interfaceKnown: [Int8]

    init(names: Set<String>, classCount: Int) {
        self.names = names
        known = [Int8](repeating: -1, count: classCount)
        interfaceKnown = [Int8](repeating: -1, count: classCount)
    }

    /// Class `ci`, or an app ancestor, extends or implements one of `names`, directly or through
    /// app interfaces that extend one (`interface Task extends Runnable`). Chains deeper than 64
    /// are cut there, and a cycle (in a broken app) at the class where it closes.
    mutating func inherits(_ ci: Int32, in h: ClassHierarchy, depth: Int = 0) -> Bool {
        let i = Int(ci)
        if known[i] >= 0 { return known[i] == 1 }
        known[i] = 0   // a cycle through this class ends here
        guard depth < 64 else { return false }
        let c = h.dex.classes[i]
        var yes = c.superclass.map(names.contains) ?? false
        if !yes { yes = c.interfaces.contains { names.contains($0) || interfaceInherits($0, in: h, depth: 0) } }
        if !yes, h.superIndex[i] >= 0 { yes = inherits(h.superIndex[i], in: h, depth: depth + 1) }
        known[i] = yes ? 1 : 0
        return yes
    }

    private mutating func interfaceInherits(_ name: String, in h: ClassHierarchy, depth: Int) -> Bool {
        guard depth < 64, let ic = h.dex.classByName[name] else { return false }
        let i = Int(ic)
        if interfaceKnown[i] >= 0 { return interfaceKnown[i] == 1 }
        interfaceKnown[i] = 0
        let yes = h.dex.classes[i].interfaces.contains { names.contains($0) || interfaceInherits($0, in: h, depth: depth + 1) }
        interfaceKnown[i] = yes ? 1 : 0
        return yes
    }
}
