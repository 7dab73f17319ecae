/// Package prefixes → owner, looked up at every package boundary of a class name, so one class
/// costs one hash lookup per package level whatever the number of SDKs (no SDK × class loop).
/// Keys are FNV-1a hashes of the prefix bytes in smali form (`com/umeng/analytics`) and in dotted
/// form, computed incrementally while walking the name; a hit is confirmed byte by byte.
struct PrefixIndex: Sendable {
    private var slashed = Table()
    private var dotted = Table()
    private(set) var isEmpty = true

    /// Prefixes chained from buckets chosen by their FNV hash. A `[UInt64: [Entry]]` dictionary
    /// hashed every FNV value again with SipHash, at each package level of each class of an app.
    /// The prefixes are the knowledge base's, so a hostile app can only make a lookup miss.
    private struct Table: Sendable {
        struct Entry: Sendable { var hash: UInt64; var bytes: [UInt8]; var owner: Int; var next: Int32 }
        private(set) var entries: [Entry] = []
        private var heads: [Int32] = [Int32](repeating: -1, count: 16)

        private func bucket(_ h: UInt64) -> Int {
            // FNV's low bits alone are weak: take the top bits of a multiply.
            Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> 32) & (heads.count - 1)
        }

        /// The first entry with hash `h`, then `next(after:)` for the rest of its chain.
        func first(_ h: UInt64) -> Int32 { heads[bucket(h)] }

        mutating func add(_ h: UInt64, _ bytes: [UInt8], _ owner: Int) {
            var e = first(h)
            while e >= 0 {
                if entries[Int(e)].hash == h, entries[Int(e)].bytes == bytes { return }
                e = entries[Int(e)].next
            }
            entries.append(Entry(hash: h, bytes: bytes, owner: owner, next: -1))
            if entries.count * 2 > heads.count {
                heads = [Int32](repeating: -1, count: heads.count * 2)
                for i in entries.indices { link(Int32(i)) }
            } else {
                link(Int32(entries.count - 1))
            }
        }

        private mutating func link(_ i: Int32) {
            let b = bucket(entries[Int(i)].hash)
            entries[Int(i)].next = heads[b]
            heads[b] = i
        }
    }

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

    private static func add(_ table: inout Table, _ bytes: [UInt8], _ owner: Int) {
        var h = fnvBasis
        for b in bytes { h = step(h, b) }
        table.add(h, bytes, owner)
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
    private func walk(_ u: UnsafeBufferPointer<UInt8>, from start: Int, table: Table, slashMode: Bool) -> (Int, Int)? {
        let sep = slashMode ? UInt8(ascii: "/") : UInt8(ascii: ".")
        var best: (Int, Int)?
        var h = Self.fnvBasis
        var i = start
        func check(_ end: Int) {
            table.entries.withUnsafeBufferPointer { entries in
                var at = table.first(h)
                while at >= 0 {
                    let e = entries.baseAddress! + Int(at)   // read in place: no copy of the bytes array
                    at = e.pointee.next
                    guard e.pointee.hash == h, e.pointee.bytes.count == end - start else { continue }
                    if e.pointee.bytes.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: u[start..<end])) }) {
                        best = (e.pointee.owner, end - start)
                        return
                    }
                }
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
