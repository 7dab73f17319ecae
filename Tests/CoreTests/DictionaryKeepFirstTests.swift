import XCTest
@testable import MingchaKit

final class DictionaryKeepFirstTests: XCTestCase {
    /// The first value stored under a key stays; later ones for that key are dropped, others land.
    func testFirstWriterWins() {
        var d: [String: Int] = [:]
        for (i, k) in ["b", "a", "b", "c", "a", "b"].enumerated() { d.keepFirst(k, i) }
        XCTAssertEqual(d, ["b": 0, "a": 1, "c": 3])
    }
}
