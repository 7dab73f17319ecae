import Foundation

/// Line-level text helpers for the policy extractors that give the same results as the
/// Character and Foundation calls they stand in for, at byte speed on the common path (a long
/// non-policy text file is read line by line before it is judged).
enum LineText {
    /// `text.split(separator: "\n")` with empty lines dropped. A "\n" byte is a Character of its
    /// own unless a "\r" precedes it ("\r\n" is one Character, which that split does not cut).
    static func lines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex, prev: UInt8 = 0
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            if b == UInt8(ascii: "\n") && prev != UInt8(ascii: "\r") {
                if start != i { out.append(text[start..<i]) }
                start = u.index(after: i)
            }
            prev = b
            i = u.index(after: i)
        }
        if start != u.endIndex { out.append(text[start..<u.endIndex]) }
        return out
    }

    static let whitespaces = CharacterSet.whitespaces

    /// `line.trimmingCharacters(in: .whitespaces)`, without the call when neither end is one.
    static func trimmed(_ line: Substring) -> String {
        let s = line.unicodeScalars
        if let f = s.first, let l = s.last, !whitespaces.contains(f), !whitespaces.contains(l) { return String(line) }
        return line.trimmingCharacters(in: whitespaces)
    }

    /// Foundation's `text.contains(needle)` (`range(of:) != nil`), asked only when the needle's
    /// UTF-8 bytes occur: the needles used have no other canonically equivalent spelling.
    static func contains(_ text: String, _ needle: String) -> Bool {
        guard ByteSearch.contains(text, bytesOf: needle) else { return false }
        return text.range(of: needle) != nil
    }
}
