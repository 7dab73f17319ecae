import Foundation

/// A list of phrases searched in many texts: lowercased UTF-8 bytes and `memchr`/`memcmp`, because
/// Foundation's `String.contains` is far too slow for the ~100 000 strings (all locales) of a
/// large app run against every phrase list.
struct Phrases {
    let phrases: [[UInt8]]

    init(_ list: [String]) { phrases = list.map { Phrases.key($0) }.filter { !$0.isEmpty } }

    /// The text as these searches want it: UTF-8 with ASCII letters lowercased (the phrases'
    /// non-ASCII part is Chinese, which has no case), computed once per text.
    static func key(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return bytes
    }

    func matches(_ key: [UInt8]) -> Bool {
        key.withUnsafeBytes { hay in
            guard let base = hay.baseAddress else { return false }
            return phrases.contains { p in
                p.withUnsafeBytes { needle in
                    guard let n = needle.baseAddress, p.count <= hay.count else { return false }
                    return Phrases.find(base, hay.count, n, p.count)
                }
            }
        }
    }
}

extension Phrases {
    /// Case-sensitive search in a string's own UTF-8 (no lowercasing, no copy when the string is
    /// contiguous): for cheap prefilters such as "http" over every const-string of the code.
    func matchesRaw(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { hay in
            guard let base = hay.baseAddress else { return false }
            return phrases.contains { p in
                p.withUnsafeBytes { needle in
                    guard let n = needle.baseAddress, p.count <= hay.count else { return false }
                    return Phrases.find(base, hay.count, n, p.count)
                }
            }
        }
    }
}

extension Phrases {
    /// Byte search: `memchr` to the next candidate first byte, `memcmp` to confirm (glibc's
    /// `memmem` is not visible from Swift without _GNU_SOURCE).
    static func find(_ hay: UnsafeRawPointer, _ hayCount: Int, _ needle: UnsafeRawPointer, _ count: Int) -> Bool {
        guard count > 0, count <= hayCount else { return count == 0 }
        let first = Int32(needle.load(as: UInt8.self))
        var at = 0
        let last = hayCount - count
        while at <= last {
            guard let hit = memchr(hay + at, first, last - at + 1) else { return false }
            let offset = hay.distance(to: UnsafeRawPointer(hit))
            if memcmp(hay + offset, needle, count) == 0 { return true }
            at = offset + 1
        }
        return false
    }
}
