import XCTest
@testable import MingchaKit

/// Finished edge lists against a plain stable sort, for lists that arrive in order (one DEX
/// file) and out of order (several), with keys a damaged index can hold outside the nodes.
final class DexEdgeListTests: XCTestCase {
    struct Edge: Equatable { var from: Int32, to: Int32, op: UInt8 }

    func check(_ edges: [Edge], nodes: Int, file: StaticString = #filePath, line: UInt = #line) {
        var list = DexEdgeList()
        for e in edges { list.append(e.from, e.to, e.op) }
        list.finish(fromNodes: nodes, toNodes: nodes)
        func bucket(_ k: Int32) -> Int { k >= 0 && Int(k) < nodes ? Int(k) : nodes }
        // Stable: Swift's sort keeps equal keys in their order; the index makes that explicit.
        let sorted = edges.enumerated().sorted { (bucket($0.element.from), $0.offset) < (bucket($1.element.from), $1.offset) }.map(\.element)
        XCTAssertEqual(zip(zip(list.from, list.to), list.op).map { Edge(from: $0.0, to: $0.1, op: $1) }, sorted, file: file, line: line)
        // Nodes outside the list have no edges, even where out-of-range keys were stored.
        for n in [Int32(-1), Int32(nodes), Int32(nodes + 1)] {
            XCTAssertTrue(list.edges(from: n).isEmpty, "from \(n)", file: file, line: line)
            XCTAssertTrue(list.edges(to: n).isEmpty, "to \(n)", file: file, line: line)
        }
        for n in 0..<Int32(nodes) {
            let out = list.edges(from: n).map { Int($0) }
            XCTAssertEqual(out.map { list.to[$0] }, sorted.filter { $0.from == n }.map(\.to), "from \(n)", file: file, line: line)
            XCTAssertEqual(list.edges(to: n).map { list.from[Int($0)] }, sorted.filter { $0.to == n }.map(\.from), "to \(n)", file: file, line: line)
        }
    }

    func testInOrderAndOutOfOrderListsFinishAlike() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let nodes = Int.random(in: 1...12, using: &rng)
            var edges = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                Edge(from: Int32.random(in: -1...Int32(nodes), using: &rng), to: Int32.random(in: 0..<Int32(nodes), using: &rng),
                     op: UInt8.random(in: 0...255, using: &rng))
            }
            if round % 2 == 0 {
                // Grouped already, as a one-DEX app's walk appends them (out-of-range keys last).
                edges.sort { (($0.from >= 0 && Int($0.from) < nodes) ? Int($0.from) : nodes) < (($1.from >= 0 && Int($1.from) < nodes) ? Int($1.from) : nodes) }
            }
            check(edges, nodes: nodes)
        }
        check([Edge(from: 0, to: 1, op: 1), Edge(from: 2, to: 0, op: 2), Edge(from: 1, to: 0, op: 3)], nodes: 3)
        check([Edge(from: 0, to: 1, op: 1), Edge(from: 0, to: 0, op: 2), Edge(from: 2, to: 0, op: 3)], nodes: 3)
        check([], nodes: 4)
    }

    /// Several DEX files: each method's edges arrive together, in runs whose callers come out of
    /// order (a later file's methods may have got ids while an earlier one was walked).
    func testRunsOfCallersOutOfOrder() {
        var rng = SystemRandomNumberGenerator()
        let nodes = 300
        var edges: [Edge] = []
        for caller in (0..<Int32(nodes + 2)).shuffled(using: &rng) + [7, 7, -1] {
            for _ in 0..<Int.random(in: 0...9, using: &rng) {
                edges.append(Edge(from: caller == Int32(nodes + 1) ? -5 : caller, to: Int32.random(in: 0..<Int32(nodes), using: &rng),
                                  op: UInt8.random(in: 0...255, using: &rng)))
            }
        }
        check(edges, nodes: nodes)
    }
}
