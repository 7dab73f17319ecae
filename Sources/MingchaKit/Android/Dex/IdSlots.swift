import Glibc

/// A hash set of ids 0..<n whose keys live elsewhere (the index's key arrays): open addressing
/// over 4-byte slots, at most half full. It replaces `[Key: Int32]` dictionaries that stored
/// every key a second time beside its id and, grown per DEX file, cost 10 MB of a large app's
/// peak. Positions are hashed with a random key per table (`SlotKey`), so a hostile DEX cannot
/// pick keys that collide.
struct IdSlots: Sendable {
    private var slots: [Int32] = []
    private(set) var count = 0
    let seed = UInt64.random(in: .min ... .max)

    /// The id whose key `matches`, probing from `hash`.
    func find(hash: Int, _ matches: (Int32) -> Bool) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = hash & mask
        while true {
            let id = slots[i]
            if id < 0 { return nil }
            if matches(id) { return id }
            i = (i + 1) & mask
        }
    }

    /// Adds `id`, not yet present, at `hash`; `hashOf` gives the hash of every id already in
    /// (0..<count) when the table grows.
    mutating func insert(_ id: Int32, hash: Int, hashOf: (Int32) -> Int) {
        if (count + 1) * 2 > slots.count { grow(minimum: count + 1, hashOf) }
        place(id, hash)
        count += 1
    }

    /// Room for `total` ids without growing.
    mutating func reserve(_ total: Int, hashOf: (Int32) -> Int) {
        if total * 2 > slots.count { grow(minimum: total, hashOf) }
    }

    private mutating func place(_ id: Int32, _ hash: Int) {
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    /// Slots for at least `2 * minimum` ids (a power of two); every id so far placed again.
    private mutating func grow(minimum: Int, _ hashOf: (Int32) -> Int) {
        var size = 16
        while size < 2 * minimum { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        for id in 0..<Int32(count) { place(id, hashOf(id)) }
    }
}

/// A key an `IdSlots` table can hold: a position hash under the table's random seed, and the
/// equality that hash agrees with (keys equal here always hash alike, so whether two keys share
/// an id never depends on the seed).
protocol SlotKey {
    func slotHash(_ seed: UInt64) -> Int
    func slotEquals(_ other: Self) -> Bool
}

extension String: SlotKey {
    /// The UTF-8 bytes, eight at a time, each step a 128-bit multiply folded to 64 bits under
    /// the seed (as wyhash does): Swift's `hashValue` costs ~420 instructions for a typical
    /// 30-byte class name, and a large app interns 100 000 of them.
    func slotHash(_ seed: UInt64) -> Int {
        var s = self
        return s.withUTF8 { Self.mix($0, seed) }
    }

    /// The same bytes, as the hash sees them. Two spellings Swift's `==` calls equal
    /// (canonically equivalent Unicode in other bytes) are two names, always: DEX names are byte
    /// strings, and ART tells such names apart too.
    func slotEquals(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    private static func mix(_ b: UnsafeBufferPointer<UInt8>, _ seed: UInt64) -> Int {
        @inline(__always) func fold(_ a: UInt64, _ k: UInt64) -> UInt64 {
            let p = a.multipliedFullWidth(by: k)
            return p.high ^ p.low
        }
        var h = fold(seed ^ UInt64(b.count), 0xa076_1d64_78bd_642f)
        guard let base = b.baseAddress else { return Int(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= b.count {
            h = fold(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0xe703_7ed1_a0b4_28db)
            i += 8
        }
        if i < b.count {
            var tail: UInt64 = 0
            for k in i..<b.count { tail |= UInt64(base[k]) << (8 * UInt64(k - i)) }
            h = fold(h ^ tail, 0x8ebc_6af0_9c88_c6e3)
        }
        return Int(truncatingIfNeeded: fold(h, 0x5899_65cc_7537_4cc3))
    }
}

extension DexIndex.MemberKey: SlotKey {
    /// The three ids mixed under the seed with murmur3's 64-bit finaliser: a fraction of what
    /// Swift's SipHash costs, for the ~100 000 method and field lookups of a large app.
    func slotHash(_ seed: UInt64) -> Int {
        var h = (UInt64(UInt32(bitPattern: cls)) << 32 | UInt64(UInt32(bitPattern: name))) ^ seed
        h = h &* 0xff51_afd7_ed55_8ccd ^ UInt64(UInt32(bitPattern: sig))
        return IdSlots.murmurFinal(h)
    }

    func slotEquals(_ other: DexIndex.MemberKey) -> Bool { self == other }
}

extension IdSlots {
    /// murmur3's 64-bit finaliser: every input bit reaches every output bit in five steps, so
    /// keys made of small ids still spread over the slots' low bits.
    @inline(__always) static func murmurFinal(_ x: UInt64) -> Int {
        var h = x
        h ^= h >> 33; h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33; h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}

extension IdSlots {
    // The table indexes a list of keys (`keys[id]`), kept by its owner: the interned strings, the
    // method and field keys.

    /// The id of `key` in `keys`.
    func find<Key: SlotKey>(_ key: Key, in keys: [Key]) -> Int32? {
        find(hash: key.slotHash(seed)) { keys[Int($0)].slotEquals(key) }
    }

    /// The id of `key`, appended to `keys` (and indexed) when it is new.
    mutating func intern<Key: SlotKey>(_ key: Key, in keys: inout [Key]) -> (id: Int32, isNew: Bool) {
        let h = key.slotHash(seed)
        if let id = find(hash: h, { keys[Int($0)].slotEquals(key) }) { return (id, false) }
        let id = Int32(keys.count)
        keys.append(key)
        insert(id, hash: h) { [seed] in keys[Int($0)].slotHash(seed) }
        return (id, true)
    }

    /// Room for `more` new keys in `keys` and in the table, so neither grows step by step.
    mutating func reserve<Key: SlotKey>(_ more: Int, in keys: inout [Key]) {
        keys.reserveCapacity(keys.count + more)
        reserve(keys.count + more) { [seed] in keys[Int($0)].slotHash(seed) }
    }
}
