import XCTest
@testable import MingchaKit

/// The term trie against a plain search of every term at every position: thousands of terms
/// that share prefixes (so nodes have many children and the edge table grows many times), CJK
/// and ASCII, with word boundaries.
final class TermTrieTests: XCTestCase {
    private let alphabet: [String] = ["a", "b", "C", "1", "位", "置", "信", "息", "设", "备", " "]

    /// Symbol string number `n` of the alphabet, `length` long: number n written in base 11.
    /// Spread by a multiplier coprime to 11, consecutive n give unrelated strings, and the
    /// thousands of terms below share prefixes at every depth; no randomness, every run the same.
    private func symbols(_ n: Int, length: Int) -> String {
        var v = n, out = ""
        for _ in 0..<length { out += alphabet[v % alphabet.count]; v /= alphabet.count }
        return out
    }

    /// What `all` must find: every term occurrence, with the trie's ASCII word-boundary rule.
    private func reference(_ terms: [(String, Int)], _ text: [UInt32]) -> Set<TermTrie.Match> {
        var out = Set<TermTrie.Match>()
        for (term, payload) in terms {
            let k = TermTrie.keys(term)
            guard !k.isEmpty, k.count <= text.count else { continue }
            for i in 0...(text.count - k.count) where text[i..<(i + k.count)].elementsEqual(k) {
                let end = i + k.count
                if TermTrie.isWordChar(k.first!), i > 0, TermTrie.isWordChar(text[i - 1]) { continue }
                if TermTrie.isWordChar(k.last!), end < text.count, TermTrie.isWordChar(text[end]) { continue }
                out.insert(TermTrie.Match(start: i, end: end, payload: payload))
            }
        }
        return out
    }

    func testEveryOccurrenceMatchesAPlainSearch() {
        var found = 0
        for round in 0..<3 {
            var trie = TermTrie()
            var terms: [(String, Int)] = []
            for p in 0..<3_000 {
                let t = symbols((p + round * 3_000) &* 7_919 % 1_771_561, length: 1 + (p * 7 + round) % 6)
                terms.append((t, p)); trie.insert(t, payload: p)
            }
            for k in 0..<10 {
                let text = TermTrie.keys(symbols(k * 104_729 + round, length: 6) + (0..<13).map { symbols(($0 + k) &* 48_271 % 1_771_561, length: 6) }.joined())
                let got = trie.all(text)
                XCTAssertEqual(Set(got), reference(terms, text), "round \(round) text \(k)")
                XCTAssertEqual(got.count, Set(got).count, "a match reported twice")
                found += got.count
            }
        }
        XCTAssertGreaterThan(found, 1_000, "the texts must hold many terms for the comparison to mean anything")
    }

    /// Leftmost-longest: the longer term hides the shorter one inside it; unknown text is skipped.
    func testLongestPrefersTheLongerTermAndResumesAfterIt() {
        var trie = TermTrie()
        trie.insert("位置", payload: 1)
        trie.insert("显著位置", payload: 2)
        trie.insert("IP", payload: 3)
        let text = TermTrie.keys("在显著位置展示，IPC 与 ip 地址，位置")
        XCTAssertEqual(trie.longest(text).map(\.payload), [2, 3, 1])
        XCTAssertEqual(trie.longest(text).first.map { $0.start..<$0.end }, 1..<5)
        XCTAssertTrue(trie.longest(TermTrie.keys("无关文本")).isEmpty)
    }
}
