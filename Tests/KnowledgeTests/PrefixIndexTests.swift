import XCTest
@testable import MingchaKit

/// The prefix table: longest prefix at a package boundary, in both name forms, first owner kept.
final class PrefixIndexTests: XCTestCase {
    func testLongestPrefixAtABoundaryAcrossGrowth() {
        var index = PrefixIndex()
        index.insert("com.umeng", owner: 1)
        index.insert("com.umeng.analytics.", owner: 2)
        // Enough prefixes that the table grows several times after the first two went in.
        for i in 0..<5_000 { index.insert("org.vendor\(i).sdk", owner: 100 + i) }
        index.insert("com.umeng", owner: 3)   // the first owner keeps a prefix

        XCTAssertEqual(index.longest(descriptor: "Lcom/umeng/analytics/Agent;")?.owner, 2)
        XCTAssertEqual(index.longest(descriptor: "Lcom/umeng/analytics/Agent;")?.prefix, "com/umeng/analytics")
        XCTAssertEqual(index.longest(dottedName: "com.umeng.commonsdk.UMConfigure")?.owner, 1)
        XCTAssertEqual(index.longest(dottedName: "com.umeng")?.owner, 1, "the whole name is a boundary")
        XCTAssertEqual(index.longest(descriptor: "Lcom/umeng$Inner;")?.owner, 1, "`$` is a boundary")
        XCTAssertNil(index.longest(descriptor: "Lcom/umengx/A;"), "a prefix must end at a boundary")
        XCTAssertNil(index.longest(dottedName: "com.ume.A"))
        for i in stride(from: 0, to: 5_000, by: 97) {
            XCTAssertEqual(index.longest(descriptor: "Lorg/vendor\(i)/sdk/a/B;")?.owner, 100 + i)
            XCTAssertEqual(index.longest(dottedName: "org.vendor\(i).sdk.B")?.owner, 100 + i)
        }
        XCTAssertNil(index.longest(dottedName: "org.vendor5000.sdk.B"))
        XCTAssertNil(PrefixIndex().longest(dottedName: "com.umeng.A"))
    }
}
