/// Breadth-first search over a CallGraph from a set of entry methods, bounded in depth and in
/// nodes visited. Keeps one parent per node, so the path found is a shortest one.
struct Reachability {
    /// Node -> parent node (-1 for an entry, -2 when not reached) and the raw call edge used.
    private var parentNode: [Int32]
    private var parentEdge: [Int32]
    /// Visit order (entries first).
    private(set) var order: [Int32] = []
    /// The search stopped at the depth or node bound with calls left to follow.
    private(set) var truncated = false

    init(graph: CallGraph, entries: [Int32], maxDepth: Int, maxNodes: Int) {
        parentNode = [Int32](repeating: -2, count: graph.nodeCount)
        parentEdge = [Int32](repeating: -1, count: graph.nodeCount)
        var frontier: [Int32] = []
        for e in entries where e >= 0 && Int(e) < graph.nodeCount && parentNode[Int(e)] == -2 {
            parentNode[Int(e)] = -1; order.append(e); frontier.append(e)
        }
        var level = 0
        let deadline = ScanDeadline.current
        while !frontier.isEmpty {
            if deadline.expired { truncated = true; break }   // the app's time is up: keep what was found
            if level >= maxDepth {
                truncated = frontier.contains { m in graph.edges(from: m).contains { parentNode[Int($0.0)] == -2 } }
                break
            }
            var next: [Int32] = []
            for m in frontier {
                for (t, e) in graph.edges(from: m) where parentNode[Int(t)] == -2 {
                    if order.count >= maxNodes { truncated = true; return }
                    parentNode[Int(t)] = m; parentEdge[Int(t)] = e; order.append(t); next.append(t)
                }
            }
            frontier = next
            level += 1
        }
    }

    func reached(_ m: Int32) -> Bool { m >= 0 && Int(m) < parentNode.count && parentNode[Int(m)] != -2 }

    /// Methods from the entry to `m`, outermost first, each with the raw call edge that leads to
    /// the next one (-1 when implied or last); empty when `m` was not reached.
    func path(to m: Int32) -> [(node: Int32, edgeToNext: Int32)] {
        guard reached(m) else { return [] }
        var out: [(node: Int32, edgeToNext: Int32)] = []
        var cur = m
        var nextEdge: Int32 = -1
        while out.count <= parentNode.count {
            out.append((cur, nextEdge))
            let p = parentNode[Int(cur)]
            if p < 0 { break }
            nextEdge = parentEdge[Int(cur)]
            cur = p
        }
        return out.reversed()
    }
}
