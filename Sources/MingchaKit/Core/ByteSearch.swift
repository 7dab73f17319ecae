import Foundation

/// Substring search over raw bytes, for the places that look for a word in text they have not
/// decoded (asset files, policy lines): one implementation, memchr to each candidate first byte.
enum ByteSearch {
    /// `needle` occurs in `hay`.
    static func contains(_ hay: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count, let hb = hay.baseAddress else { return false }
        return needle.withUnsafeBytes { n -> Bool in
            guard let nb = n.baseAddress else { return false }
            var at = 0
            let last = hay.count - needle.count
            while at <= last {
                guard let p = memchr(hb + at, Int32(first), last - at + 1) else { return false }
                let i = hb.distance(to: UnsafeRawPointer(p))
                if memcmp(hb + i, nb, needle.count) == 0 { return true }
                at = i + 1
            }
            return false
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        hay.withUnsafeBytes { contains($0, needle) }
    }

    /// The UTF-8 bytes of `needle` occur in `text` (no copy when the string is contiguous UTF-8).
    static func contains(_ text: String, bytesOf needle: String) -> Bool {
        let n = Array(needle.utf8)
        if let r = text.utf8.withContiguousStorageIfAvailable({ contains(UnsafeRawBufferPointer($0), n) }) { return r }
        return contains(Array(text.utf8), n)
    }

    /// `needle` (lowercase ASCII letters) in `hay` in either letter case, compared in place: a
    /// lowered copy would double a file of megabytes.
    static func containsIgnoringASCIICase(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        return hay.withUnsafeBufferPointer { h -> Bool in
            let first = needle[0]
            for i in 0...(h.count - needle.count) where lowered(h[i]) == first {
                var j = 1
                while j < needle.count, lowered(h[i + j]) == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            return false
        }
    }

    @inline(__always) private static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
