/// Subclass and implementor links between an app's classes, by interned descriptor id.
extension DexIndex {
    /// `descriptor << 32 | class index` for each (supertype, class) pair, sorted: each
    /// supertype's classes end up together and in index order.
    static func links(_ pairs: [(descriptor: Int32, cls: Int32)]) -> [UInt64] {
        pairs.map { UInt64(UInt32(bitPattern: $0.descriptor)) << 32 | UInt64(UInt32(bitPattern: $0.cls)) }.sorted()
    }

    /// The class indices linked to `descriptor`, in index order.
    static func linked(to descriptor: Int32, in links: [UInt64]) -> LazyMapSequence<ArraySlice<UInt64>, Int32> {
        let key = UInt64(UInt32(bitPattern: descriptor))
        var lo = 0, hi = links.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if links[mid] >> 32 < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < links.count && links[end] >> 32 == key { end += 1 }
        return links[lo..<end].lazy.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
    }
}
