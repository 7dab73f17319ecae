import XCTest
@testable import MingchaKit

/// The package-prefix trie behind SDK ownership: longest whole-component prefix, components cut
/// at "/" and ".", empty ones dropped, and descriptors stripped of `L...;` as the Character tests did.
final class PrefixTrieTests: XCTestCase {
    let trie = PrefixTrie(["com/umeng": 0, "com/umeng/message": 1, "a/b/C": 2, "x//y": 3])

    func testLongestWholeComponentPrefix() {
        XCTAssertEqual(trie.longestMatch("com/umeng/message/PushAgent", maxComponents: 3), 1)
        XCTAssertEqual(trie.longestMatch("com.umeng.message.PushAgent", maxComponents: 3), 1)
        XCTAssertEqual(trie.longestMatch("com/umeng/analytics/A", maxComponents: 3), 0)
        XCTAssertEqual(trie.longestMatch("com//umeng/message", maxComponents: 3), 1, "empty components are dropped")
        XCTAssertNil(trie.longestMatch("com/umengx/A", maxComponents: 3))
        XCTAssertNil(trie.longestMatch("com", maxComponents: 3))
        XCTAssertEqual(trie.longestMatch("a/b/C", maxComponents: 3), 2, "a prefix may end at the class name")
        XCTAssertNil(trie.longestMatch("a/b/Cx", maxComponents: 3))
        XCTAssertEqual(trie.longestMatch("com/umeng/message/X", maxComponents: 2), 0, "no more components than asked")
        XCTAssertNil(trie.longestMatch("x/y", maxComponents: 3), "a key with an empty component never matches")
    }

    func testDescriptorBody() {
        XCTAssertEqual(SDKOwnership.body(ofClass: "Lcom/a/B;"), "com/a/B")
        XCTAssertEqual(SDKOwnership.body(ofClass: "L;"), "")
        XCTAssertEqual(SDKOwnership.body(ofClass: "L"), "L")
        XCTAssertEqual(SDKOwnership.body(ofClass: ";"), ";")
        XCTAssertEqual(SDKOwnership.body(ofClass: "com.a.B"), "com.a.B")
        XCTAssertEqual(SDKOwnership.body(ofClass: "[Lcom/a/B;"), "[Lcom/a/B;")
        XCTAssertEqual(SDKOwnership.body(ofClass: "Lcom/é/B;"), "com/é/B")
        // "L" followed by a combining mark is not the Character "L": nothing is stripped.
        XCTAssertEqual(SDKOwnership.body(ofClass: "L\u{301}com/B;"), "L\u{301}com/B;")
    }
}
