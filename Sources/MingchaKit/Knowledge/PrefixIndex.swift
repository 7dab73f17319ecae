/// Package prefixes → owner, looked up at every package boundary of a class name, so one class
/// costs one hash lookup per package level whatever the number of SDKs (no SDK × class loop).
/// Keys are FNV-1a hashes of the prefix bytes in smali form (`com/umeng/analytics`) and in dotted
/// form, computed incrementally while walking the name; a hit is confirmed byte by byte.
struct PrefixIndex: Sendable {
    private struct Entry: Sendable { var bytes: [UInt8]; var owner: Int }
    private var slashed: [UInt64: [Entry]] = [:]
    private var dotted: [UInt64: [Entry]] = [:]
    private(set) var isEmpty = true

    /// Adds `prefix` (dotted, optional trailing dot) for `owner`; the first owner of a prefix keeps it.
    mutating func insert(_ prefix: String, owner: Int) {
        var p = prefix
        while p.hasSuffix(".") { p.removeLast() }
        guard !p.isEmpty else { return }
        let d = Array(p.utf8)
        let s = d.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "/") : $0 }
        Self.add(&dotted, d, owner)
        Self.add(&slashed, s, owner)
        isEmpty = false
    }

    private static func add(_ table: inout [UInt64: [Entry]], _ bytes: [UInt8], _ owner: Int) {
        var h = fnvBasis
        for b in bytes { h = step(h, b) }
        if table[h]?.contains(where: { $0.bytes == bytes }) == true { return }
        table[h, default: []].append(Entry(bytes: bytes, owner: owner))
    }

    /// Longest registered prefix of a smali class descriptor (`Lcom/x/Y$1;`), cut at `/`, `$` or `;`.
    func longest(descriptor d: String) -> (owner: Int, prefix: Substring)? {
        guard !isEmpty else { return nil }
        var d = d
        return d.withUTF8 { u -> (Int, Int)? in
            guard u.count > 2, u[0] == UInt8(ascii: "L") else { return nil }
            return walk(u, from: 1, table: slashed, slashMode: true)
        }.map { (owner: $0.0, prefix: Self.slice(d, from: 1, count: $0.1)) }
    }

    /// Longest registered prefix of a dotted class name (`com.x.Y`), cut at `.`, `$` or the end.
    func longest(dottedName n: String) -> (owner: Int, prefix: Substring)? {
        guard !isEmpty else { return nil }
        var n = n
        return n.withUTF8 { u -> (Int, Int)? in walk(u, from: 0, table: dotted, slashMode: false) }
            .map { (owner: $0.0, prefix: Self.slice(n, from: 0, count: $0.1)) }
    }

    /// (owner, byte length of the matched prefix) of the longest prefix ending at a boundary.
    private func walk(_ u: UnsafeBufferPointer<UInt8>, from start: Int, table: [UInt64: [Entry]], slashMode: Bool) -> (Int, Int)? {
        let sep = slashMode ? UInt8(ascii: "/") : UInt8(ascii: ".")
        var best: (Int, Int)?
        var h = Self.fnvBasis
        var i = start
        func check(_ end: Int) {
            guard let bucket = table[h] else { return }
            for e in bucket where e.bytes.count == end - start {
                var same = true
                var k = 0
                while k < e.bytes.count { if e.bytes[k] != u[start + k] { same = false; break }; k += 1 }
                if same { best = (e.owner, end - start); return }
            }
        }
        while i < u.count {
            let b = u[i]
            if b == sep || b == UInt8(ascii: "$") || b == UInt8(ascii: ";") {
                if i > start { check(i) }
                if b == UInt8(ascii: ";") { return best }
            }
            h = Self.step(h, b)
            i += 1
        }
        if !slashMode, i > start { check(i) }
        return best
    }

    private static func slice(_ s: String, from: Int, count: Int) -> Substring {
        let u = s.utf8
        let a = u.index(u.startIndex, offsetBy: from), b = u.index(a, offsetBy: count)
        return s[a..<b]
    }

    private static let fnvBasis: UInt64 = 0xcbf29ce484222325
    private static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100000001b3 }
}
