extension Array {
    /// The same elements in a buffer with no spare capacity, for tables built by appending that
    /// then live for the whole scan; kept as it is when at most `slack` elements are spare.
    /// Tables of plain values copy in one memcpy and are always trimmed; callers pass a slack
    /// for the classes and names, whose copy retains each element and releases it again with
    /// the old buffer. `Array(self)` would share the grown buffer instead of copying.
    func exactCapacity(slack: Int = 0) -> [Element] {
        guard capacity - count > slack else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buf, n in
            withUnsafeBufferPointer { src in
                if let d = buf.baseAddress, let s = src.baseAddress { d.initialize(from: s, count: src.count) }
            }
            n = count
        }
    }
}
