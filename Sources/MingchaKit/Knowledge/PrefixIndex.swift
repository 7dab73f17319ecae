/// Package prefixes → owner, looked up at every package boundary of a class name, so one class
/// costs one hash lookup per package level whatever the number of SDKs (no SDK × class loop).
/// Keys are FNV-1a hashes of the prefix bytes in smali form (`com/umeng/analytics`) and in dotted
/// form, computed incrementally while walking the name; a hit is confirmed byte by byte.
struct PrefixIndex: Sendable {
    private var slashed = Table()
    private var dotted = Table()
    private(set) var isEmpty = true

    /// The prefixes, placed in an `IdSlots` table by their FNV hash (a `[UInt64: [Entry]]`
    /// dictionary hashed every FNV value again with SipHash, at each package level of each class
    /// of an app). The prefixes are the knowledge base's, so a hostile app can only make a lookup miss.
    private struct Table: Sendable {
        struct Entry: Sendable { var hash: UInt64; var bytes: [UInt8]; var owner: Int }
        private(set) var entries: [Entry] = []
        private var slots = IdSlots()

        /// FNV's low bits alone are weak and the slots are picked by the low bits: take the top
        /// bits of a multiply.
        private static func position(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> 32) }

        /// The entry with hash `h` whose bytes equal `bytes`, read in place (no copy of each
        /// entry's bytes array).
        func find(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            entries.withUnsafeBufferPointer { e in
                slots.find(hash: Self.position(h)) { id in
                    let x = e.baseAddress! + Int(id)
                    return x.pointee.hash == h && x.pointee.bytes.count == bytes.count
                        && x.pointee.bytes.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
                }.map(Int.init)
            }
        }

        mutating func add(_ h: UInt64, _ bytes: [UInt8], _ owner: Int) {
            if bytes.withUnsafeBufferPointer({ find(h, $0) }) != nil { return }
            entries.append(Entry(hash: h, bytes: bytes, owner: owner))
            slots.insert(Int32(entries.count - 1), hash: Self.position(h)) { [entries] in Self.position(entries[Int($0)].hash) }
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
            if let e = table.find(h, UnsafeBufferPointer(rebasing: u[start..<end])) { best = (table.entries[e].owner, end - start) }
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
