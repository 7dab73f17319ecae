import Foundation

/// Byte-level reading of (often minified) mini-program JavaScript: module blocks, method bodies
/// and brace matching that skips strings and comments. No parser: every scan is bounded by the
/// text it was given, so a hostile file costs time linear in its size.
enum JSText {
    struct Module: Hashable {
        /// `define("pages/a/a.js", ...)` name, or the file path when the file has no define blocks.
        var name: String
        var file: String
        var range: Range<Int>
    }
    struct Method: Hashable {
        var name: String
        var nameOffset: Int
        /// From the opening to the closing brace.
        var body: Range<Int>
    }

    static func isIdent(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 95 || b == 36
    }
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    static func skipSpace(_ t: [UInt8], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isSpace(t[j]) { j += 1 }
        return j
    }

    /// The identifier ending just before `i` (exclusive), or nil.
    static func identBefore(_ t: [UInt8], _ i: Int, lowerBound: Int) -> String? {
        var j = i
        while j > lowerBound, isIdent(t[j - 1]) { j -= 1 }
        guard j < i else { return nil }
        return String(decoding: t[j..<i], as: UTF8.self)
    }

    static func identAt(_ t: [UInt8], _ i: Int, _ end: Int) -> (String, Int)? {
        var j = i
        while j < end, isIdent(t[j]) { j += 1 }
        guard j > i else { return nil }
        return (String(decoding: t[i..<j], as: UTF8.self), j)
    }

    /// Index just past the string literal starting at `i`.
    static func skipString(_ t: [UInt8], _ i: Int, _ end: Int) -> Int {
        let q = t[i]
        var j = i + 1
        while j < end {
            if t[j] == 92 { j += 2; continue }
            if t[j] == q { return j + 1 }
            if t[j] == 10, q != 96 { return j + 1 } // unterminated: stop at the line end
            j += 1
        }
        return end
    }

    /// Open bracket offset -> offset just past its closing bracket, for `(`, `{` and `[` in a
    /// range, in one linear pass (strings and comments skipped; a stray closer is ignored).
    static func bracketTable(_ t: [UInt8], in range: Range<Int>) -> [Int: Int] {
        var table: [Int: Int] = [:]
        var stack: [(UInt8, Int)] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = t[i]
            switch b {
            case 34, 39, 96:
                i = skipString(t, i, end)
                continue
            case 47 where i + 1 < end && t[i + 1] == 47:
                while i < end, t[i] != 10 { i += 1 }
                continue
            case 47 where i + 1 < end && t[i + 1] == 42:
                i += 2
                while i + 1 < end, !(t[i] == 42 && t[i + 1] == 47) { i += 1 }
                i += 2
                continue
            case 40, 123, 91:
                stack.append((b, i))
            case 41, 125, 93:
                let open: UInt8 = b == 41 ? 40 : (b == 125 ? 123 : 91)
                if let top = stack.last, top.0 == open {
                    stack.removeLast()
                    table[top.1] = i + 1
                }
            default:
                break
            }
            i += 1
        }
        return table
    }

    /// `define("name", function(...){...})` blocks; the whole file when there are none.
    static func modules(_ t: [UInt8], file: String) -> [Module] {
        let pat = Array("define(".utf8)
        var starts: [(Int, String)] = []
        var i = 0
        while let k = find(t, pat, from: i) {
            i = k + pat.count
            guard i < t.count, t[i] == 34 || t[i] == 39 else { continue }
            if k > 0, isIdent(t[k - 1]) || t[k - 1] == 46 { continue }
            let close = skipString(t, i, min(t.count, i + 1024))
            guard close - 1 > i + 1 else { continue }
            starts.append((k, String(decoding: t[(i + 1)..<(close - 1)], as: UTF8.self)))
        }
        guard !starts.isEmpty else { return [Module(name: file, file: file, range: 0..<t.count)] }
        var out: [Module] = []
        if starts[0].0 > 0 { out.append(Module(name: file, file: file, range: 0..<starts[0].0)) }
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].0 : t.count
            out.append(Module(name: s.1, file: file, range: s.0..<end))
        }
        return out
    }

    /// Method-like definitions in a range: `name:function(...){`, `name(...){`, `name:(...)=>{`,
    /// `function name(...){`.
    static func methods(_ t: [UInt8], in range: Range<Int>) -> [Method] {
        var out: [Method] = []
        let brackets = bracketTable(t, in: range)
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let b = t[i]
            if b == 34 || b == 39 || b == 96 { i = skipString(t, i, end); continue }
            guard isIdent(b), i == range.lowerBound || !isIdent(t[i - 1]) else { i += 1; continue }
            // Identifier bytes only; a String is made only for a definition.
            var after = i
            while after < end, isIdent(t[after]) { after += 1 }
            defer { i = max(i + 1, after) }
            let isFunction = matches(t, i, after, "function")
            if !isFunction && keywordBytes.contains(where: { matches(t, i, after, $0) }) { continue }
            var j = skipSpace(t, after, end)
            var nameRange = i..<after
            if isFunction {
                // function name(...) {
                var a2 = j
                while a2 < end, isIdent(t[a2]) { a2 += 1 }
                guard a2 > j else { continue }
                nameRange = j..<a2
                j = skipSpace(t, a2, end)
            } else if j < end, t[j] == 58 { // ":"
                j = skipSpace(t, j + 1, end)
                for kw in ["async", "function"] {
                    var a = j
                    while a < end, isIdent(t[a]) { a += 1 }
                    if matches(t, j, a, kw) {
                        j = skipSpace(t, a, end)
                        if kw == "function" {
                            var a2 = j
                            while a2 < end, isIdent(t[a2]) { a2 += 1 }
                            j = skipSpace(t, a2, end)
                        }
                    }
                }
            }
            guard j < end, t[j] == 40, let closeParen = brackets[j] else { continue }
            var k = skipSpace(t, closeParen, end)
            if k + 1 < end, t[k] == 61, t[k + 1] == 62 { k = skipSpace(t, k + 2, end) } // =>
            guard k < end, t[k] == 123, let close = brackets[k] else { continue }
            out.append(Method(name: String(decoding: t[nameRange], as: UTF8.self), nameOffset: i, body: k..<close))
        }
        return out
    }

    static let keywordBytes: [String] = ["if", "for", "while", "switch", "catch", "return", "with", "typeof", "else", "do"]

    static func matches(_ t: [UInt8], _ s: Int, _ e: Int, _ word: String) -> Bool {
        let w = word.utf8
        guard e - s == w.count else { return false }
        var i = s
        for c in w { if t[i] != c { return false }; i += 1 }
        return true
    }

    static func find(_ t: [UInt8], _ pat: [UInt8], from: Int) -> Int? {
        guard let first = pat.first, pat.count <= t.count else { return nil }
        var i = from
        let last = t.count - pat.count
        while i <= last {
            if t[i] == first {
                var k = 1
                while k < pat.count, t[i + k] == pat[k] { k += 1 }
                if k == pat.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// A short single-line excerpt around an offset, for evidence.
    static func excerpt(_ t: [UInt8], _ range: Range<Int>, pad: Int = 24) -> String {
        let s = max(0, range.lowerBound - pad), e = min(t.count, range.upperBound + pad)
        return String(decoding: t[s..<e], as: UTF8.self)
            .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }
}
