extension Array {
    /// The same elements in a buffer with no spare capacity, for tables built by appending that
    /// then live for the whole scan. `Array(self)` would share the grown buffer instead of copying.
    func exactCapacity() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buf, n in
            withUnsafeBufferPointer { src in
                if let d = buf.baseAddress, let s = src.baseAddress { d.initialize(from: s, count: src.count) }
            }
            n = count
        }
    }
}
