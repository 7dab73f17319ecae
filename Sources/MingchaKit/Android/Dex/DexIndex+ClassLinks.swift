/// Links between an app's classes (subclasses, implementors) and their descriptors, by interned id.
extension DexIndex {
    /// The link of class `cls` to its supertype `descriptor`, ordered by supertype, then class.
    static func link(_ descriptor: Int32, _ cls: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: descriptor)) << 32 | UInt64(UInt32(bitPattern: cls))
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

    /// Class `i`'s descriptor as `DexNames.descriptor` makes it from the class's dotted name:
    /// the interned one when it converts back unchanged (nearly always), so no string is built.
    func descriptor(ofClass i: Int) -> String {
        if i < classDescriptors.count {
            let d = names[classDescriptors[i]]
            if DexNames.roundTrips(d) { return d }
        }
        return DexNames.descriptor(classes[i].name)
    }
}
