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

    /// Class `i`'s recorded descriptor id when it is the one `DexNames.descriptor` makes from the
    /// class's dotted name (nearly always: it converts back unchanged), else nil.
    func recordedDescriptor(ofClass i: Int) -> Int32? {
        guard i < classDescriptors.count, DexNames.roundTrips(names[classDescriptors[i]]) else { return nil }
        return classDescriptors[i]
    }

    /// Class `i`'s descriptor as `DexNames.descriptor` makes it from the class's dotted name,
    /// without building a string when the recorded one is it.
    func descriptor(ofClass i: Int) -> String {
        recordedDescriptor(ofClass: i).map { names[$0] } ?? DexNames.descriptor(classes[i].name)
    }
}
