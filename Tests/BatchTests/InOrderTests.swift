import Foundation
import XCTest
@testable import MingchaKit

/// The batch's hand-over of records in input order, from many worker threads finishing in any
/// order: each record delivered once, in order, by one thread at a time; the first failure stops it.
final class InOrderTests: XCTestCase {
    private func record(_ i: Int) -> BatchRecord {
        let tool = ToolInfo(version: "t", knowledgeBaseVersion: "k", rulesVersion: "r")
        let report = ScanReport(tool: tool, input: InputInfo(path: "/in/\(i).apk", fileName: "\(i).apk", sha256: "", size: 1, kind: "apk"),
                                status: .ok, problems: [], facts: nil, findings: [])
        return BatchRecord(key: "k\(i)", item: BatchItem(index: i, path: "/in/\(i).apk"), report: report)
    }

    /// Delivered indices, and the most deliveries seen running at once.
    private final class Receiver: @unchecked Sendable {
        let lock = NSLock()
        var got: [Int] = []
        var inside = 0, mostInside = 0, failures = 0
        func enter() { lock.lock(); inside += 1; mostInside = max(mostInside, inside); lock.unlock() }
        func leave(_ i: Int) { lock.lock(); inside -= 1; got.append(i); lock.unlock() }
    }

    func testRecordsFromManyThreadsAreDeliveredOnceInOrderOneAtATime() {
        let n = 400
        for round in 0..<5 {
            let r = Receiver()
            let order = InOrder(deliver: { rec in
                r.enter()
                if rec.item.index % 37 == 0 { usleep(200) }   // a slow receiver now and then
                r.leave(rec.item.index)
            }, onFailure: { r.failures += 1 })
            var shuffled = Array(0..<n)
            var g = SystemRandomNumberGenerator()
            shuffled.shuffle(using: &g)
            let records = shuffled.map(record)
            DispatchQueue.concurrentPerform(iterations: n) { k in order.set(records[k].item.index, records[k]) }
            XCTAssertEqual(r.got, Array(0..<n), "round \(round)")
            XCTAssertEqual(r.mostInside, 1, "one delivery at a time")
            XCTAssertNil(order.failure)
            XCTAssertEqual(r.failures, 0)
        }
    }

    func testTheFirstFailureStopsDelivery() {
        struct Refused: Error {}
        let n = 200, failAt = 57
        let r = Receiver()
        let order = InOrder(deliver: { rec in
            if rec.item.index == failAt { throw Refused() }
            r.enter(); r.leave(rec.item.index)
        }, onFailure: { r.lock.lock(); r.failures += 1; r.lock.unlock() })
        let records = (0..<n).reversed().map(record)
        DispatchQueue.concurrentPerform(iterations: n) { k in order.set(records[k].item.index, records[k]) }
        XCTAssertEqual(r.got, Array(0..<failAt), "nothing after the failed record")
        XCTAssertEqual(r.failures, 1)
        XCTAssertTrue(order.failure is Refused)
        order.set(n, record(n))   // a late record is dropped
        XCTAssertEqual(r.got.count, failAt)
    }
}
