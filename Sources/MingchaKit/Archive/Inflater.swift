import CDeflate

/// Raw DEFLATE (zip method 8) into a buffer of exactly the declared size: the declared size is
/// enforced while inflating, so a lying header can never make us produce more. libdeflate
/// inflates a whole entry in one call, about 2.5x faster than zlib's streaming inflate on DEX
/// files, and we always want whole entries of a known size.
enum Inflater {
    enum Outcome {
        case ok([UInt8])
        case tooLong             // more output than declared
        case tooShort(Int)       // the stream ended early
        case corrupt(String)
    }

    static func inflate(_ input: [UInt8], declared: Int) -> Outcome {
        guard let decompressor = libdeflate_alloc_decompressor() else { return .corrupt("no memory for the inflater") }
        defer { libdeflate_free_decompressor(decompressor) }
        var result = LIBDEFLATE_BAD_DATA
        var produced = 0
        // At least one byte, so the buffer has an address even when nothing is declared.
        let output = [UInt8](unsafeUninitializedCapacity: max(1, declared)) { out, initialized in
            initialized = 0
            input.withUnsafeBytes { inBuf in
                // Bounded by the input and output sizes: libdeflate never reads or writes past either.
                result = libdeflate_deflate_decompress(decompressor, inBuf.baseAddress, inBuf.count,
                                                       out.baseAddress, declared, &produced)
            }
            initialized = result == LIBDEFLATE_SUCCESS ? produced : 0
        }
        switch result {
        case LIBDEFLATE_SUCCESS: return produced == declared ? .ok(output) : .tooShort(produced)
        case LIBDEFLATE_INSUFFICIENT_SPACE: return .tooLong
        default: return .corrupt("invalid or truncated DEFLATE stream")
        }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    }
}
