extension Array {
    /// The same elements in a buffer with no spare capacity, for tables built by appending that
    /// then live for the whole scan. `Array(self)` would share the grown buffer instead of copying.
    /// A table at most an eighth over its size is kept as it is: copying elements that hold
    /// references (the classes, the names) retains each one and releases it again with the old
    /// buffer, which costs more than the slack is worth.
    func exactCapacity() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buf, n in
            withUnsafeBufferPointer { src in
                if let d = buf.baseAddress, let s = src.baseAddress { d.initialize(from: s, count: src.count) }
            }
            n = count
        }
    }
}
