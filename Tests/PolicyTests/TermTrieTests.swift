import XCTest
@testable import MingchaKit

/// The term trie against a plain search of every term at every position: thousands of terms
/// that share prefixes (so nodes have many children and the edge table grows many times), CJK
/// and ASCII, with word boundaries.
final class TermTrieTests: XCTestCase {
    private let alphabet: [String] = ["a", "b", "C", "1", "位", "置", "信", "息", "设", "备", " "]

    /// SplitMix64, seeded, so a failing run can be repeated from the seed it prints.
    private struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func randomTerm(_ rng: inout SeededRandom) -> String {
        (0..<Int.random(in: 1...6, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
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
        let seed = UInt64.random(in: .min ... .max)
        var rng = SeededRandom(state: seed)
        for _ in 0..<3 {
            var trie = TermTrie()
            var terms: [(String, Int)] = []
            for p in 0..<3_000 { let t = randomTerm(&rng); terms.append((t, p)); trie.insert(t, payload: p) }
            for _ in 0..<10 {
                let text = TermTrie.keys((0..<80).map { _ in alphabet.randomElement(using: &rng)! }.joined())
                let got = trie.all(text)
                XCTAssertEqual(Set(got), reference(terms, text), "seed \(seed)")
                XCTAssertEqual(got.count, Set(got).count, "a match reported twice")
            }
        }
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
