extension Dictionary {
    /// Stores `value` under `key` unless the key already has one: the first writer wins, as the
    /// knowledge base's indexes want (the lowest SDK index for a name). One hash of the key,
    /// where `if d[k] == nil { d[k] = v }` hashes it twice.
    @inline(__always) mutating func keepFirst(_ key: Key, _ value: Value) {
        func touch(_: inout Value) {}
        touch(&self[key, default: value])
    }
}
