import XCTest
@testable import MingchaKit

/// The call graph's edge cap: a graph cut at `maxCallEdges` holds exactly the first edges of the
/// full graph, node by node in the same order, and says it was truncated.
final class CallGraphTests: XCTestCase {
    func edgeList(_ g: CallGraph) -> [[Int32]] {
        (0..<Int32(g.nodeCount)).flatMap { m in g.edges(from: m).map { [m, $0.0, $0.1] } }
    }

    func testCapKeepsTheFirstEdgesInOrder() throws {
        let f = try AnalysisFixture.load()
        let full = CallGraph(dex: f.dex)
        XCTAssertFalse(full.truncated)
        XCTAssertGreaterThan(full.edgeCount, 4)
        let all = edgeList(full)
        XCTAssertEqual(all.count, full.edgeCount)
        XCTAssertEqual(Set(all.map { [$0[0], $0[1]] }).count, all.count, "one edge per caller and callee")

        var limits = ScanLimits()
        limits.maxCallEdges = full.edgeCount / 2
        let cut = CallGraph(dex: f.dex, limits: limits)
        XCTAssertTrue(cut.truncated)
        XCTAssertEqual(cut.edgeCount, full.edgeCount / 2)
        XCTAssertEqual(cut.nodeCount, full.nodeCount)
        XCTAssertEqual(edgeList(cut), Array(all.prefix(full.edgeCount / 2)))

        limits.maxCallEdges = full.edgeCount
        let exact = CallGraph(dex: f.dex, limits: limits)
        XCTAssertFalse(exact.truncated)
        XCTAssertEqual(edgeList(exact), all)
    }
}
