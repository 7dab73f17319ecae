import XCTest
@testable import MingchaKit

final class BatchShardTests: XCTestCase {
    func testShardsPartitionAnyInput() throws {
        for total in [0, 1, 2, 7, 100] {
            let items = (0..<total).map { BatchItem(index: $0, path: "/p/\($0).apk") }
            for n in 1...5 {
                var union: [Int] = []
                for k in 1...n {
                    let s = try BatchShard(parsing: "\(k)/\(n)")
                    let mine = s.select(items).map(\.index)
                    XCTAssertTrue(mine.allSatisfy { $0 % n == k - 1 })
                    union += mine
                }
                XCTAssertEqual(union.sorted(), Array(0..<total), "total \(total), n \(n)")
            }
        }
    }

    func testBadShardSpecsAreRejected() {
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] {
            XCTAssertThrowsError(try BatchShard(parsing: bad), bad) { e in XCTAssertEqual((e as? BatchError)?.code, "batch.bad-shard") }
        }
        XCTAssertEqual(try BatchShard(parsing: " 2 / 8 ").description, "2/8")
    }
}
