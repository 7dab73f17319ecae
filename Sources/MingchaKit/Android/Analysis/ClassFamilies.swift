/// App classes grouped by outer class: `A` with `A$1`, `A$Inner`, `A$$Lambda$0`, the code the
/// analyses treat as one screen's or dialog's. Built once per scan and shared by the analyses
/// that ask (permission-request context, disagree handlers): one hash per class, and the groups
/// in two flat arrays rather than an array per outer class.
struct ClassFamilies: Sendable {
    /// Outer class (dotted) -> its group.
    private var group: [String: Int32] = [:]
    /// Group g's class indices: `members[start[g] ..< start[g + 1]]`, in index order.
    private var start: [Int32] = [0]
    private var members: [Int32] = []

    init(_ dex: DexIndex) {
        group.reserveCapacity(dex.classes.count)
        var groupOf = [Int32](repeating: 0, count: dex.classes.count)
        for (i, c) in dex.classes.enumerated() {
            let outer = DexIndex.outerClass(c.name)
            if let g = group[outer] { groupOf[i] = g } else {
                let g = Int32(group.count)
                group[outer] = g
                groupOf[i] = g
            }
        }
        start = [Int32](repeating: 0, count: group.count + 1)
        for g in groupOf { start[Int(g) + 1] += 1 }
        for g in 0..<group.count { start[g + 1] += start[g] }
        var next = start
        members = [Int32](repeating: 0, count: groupOf.count)
        for (i, g) in groupOf.enumerated() {
            members[Int(next[Int(g)])] = Int32(i)
            next[Int(g)] += 1
        }
    }

    /// The class indices of `outer` and its inner classes, in index order; none for a class the
    /// app does not define.
    func classes(of outer: String) -> ArraySlice<Int32> {
        guard let g = group[outer] else { return [] }
        return members[Int(start[Int(g)]) ..< Int(start[Int(g) + 1])]
    }
}
