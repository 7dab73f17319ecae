extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether every byte is below 0x80, read eight at a time: class names and DEX strings are
    /// asked this once each, and a large app has hundreds of thousands.
    var isASCII: Bool {
        guard let base = baseAddress else { return true }
        var i = 0, seen: UInt64 = 0
        while i + 8 <= count {
            seen |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < count { seen |= UInt64(base[i]); i += 1 }
        return seen & 0x8080_8080_8080_8080 == 0
    }
}
