/// DEX strings are "modified UTF-8": NUL is written as C0 80 and characters outside the BMP as two
/// 3-byte surrogate halves. Plain ASCII (almost every identifier) takes the fast path.
enum MUTF8 {
    /// Decodes `bytes[from..<to]` (the string without its NUL terminator).
    static func decode(_ bytes: [UInt8], from: Int, to: Int) -> String {
        if let plain = bytes.withUnsafeBufferPointer({ b -> String? in
            let run = UnsafeBufferPointer(rebasing: b[from..<to])
            return run.isASCII ? String(decoding: run, as: UTF8.self) : nil
        }) { return plain }
        var units: [UInt16] = []
        units.reserveCapacity(to - from)
        var i = from
        while i < to {
            let b0 = UInt16(bytes[i])
            if b0 < 0x80 {
                units.append(b0); i += 1
            } else if b0 & 0xe0 == 0xc0, i + 1 < to {
                units.append((b0 & 0x1f) << 6 | UInt16(bytes[i + 1] & 0x3f)); i += 2
            } else if b0 & 0xf0 == 0xe0, i + 2 < to {
                units.append((b0 & 0x0f) << 12 | UInt16(bytes[i + 1] & 0x3f) << 6 | UInt16(bytes[i + 2] & 0x3f))
                i += 3
            } else {
                // A malformed lead byte: Android would reject the file; we keep going with U+FFFD.
                units.append(0xfffd); i += 1
            }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
