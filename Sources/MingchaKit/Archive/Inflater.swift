import CZlib

/// Raw DEFLATE (zip method 8) into a buffer of exactly the declared size plus one byte: the
/// declared size is enforced while inflating, so a lying header can never make us produce more.
enum Inflater {
    enum Outcome {
        case ok([UInt8])
        case tooLong             // more output than declared
        case tooShort(Int)       // the stream ended early
        case corrupt(String)
    }

    static func inflate(_ input: [UInt8], declared: Int) -> Outcome {
        let capacity = declared + 1
        guard capacity <= Int(UInt32.max), input.count <= Int(UInt32.max) else { return .corrupt("entry too large for zlib") }
        var outcome = Outcome.corrupt("not run")
        var produced = 0
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
            initialized = 0
            input.withUnsafeBytes { inBuf in
                var strm = z_stream()
                guard inflateInit2_(&strm, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                    outcome = .corrupt("zlib init failed")
                    return
                }
                defer { inflateEnd(&strm) }
                strm.next_in = UnsafeMutablePointer(mutating: inBuf.bindMemory(to: Bytef.self).baseAddress)
                strm.avail_in = uInt(inBuf.count)
                strm.next_out = out.baseAddress
                strm.avail_out = uInt(capacity)
                // Every call either consumes input, produces output or returns an error/end,
                // so the loop is bounded by input + output size.
                while true {
                    let before = (strm.avail_in, strm.avail_out)
                    let ret = CZlib.inflate(&strm, Z_NO_FLUSH)
                    produced = capacity - Int(strm.avail_out)
                    if ret == Z_STREAM_END {
                        outcome = produced > declared ? .tooLong : (produced < declared ? .tooShort(produced) : .ok([]))
                        break
                    }
                    if ret != Z_OK && ret != Z_BUF_ERROR {
                        let msg = strm.msg.map { String(cString: $0) } ?? "zlib error \(ret)"
                        outcome = .corrupt(msg)
                        break
                    }
                    if strm.avail_out == 0 { outcome = .tooLong; break }
                    if strm.avail_in == 0 || before == (strm.avail_in, strm.avail_out) {
                        outcome = .corrupt("compressed data ends before the stream does")
                        break
                    }
                }
            }
            initialized = min(produced, capacity)
        }
        if case .ok = outcome {
            return .ok(output)
        }
        return outcome
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { buf in
            UInt32(truncatingIfNeeded: crc32_z(0, buf.bindMemory(to: Bytef.self).baseAddress, buf.count))
        }
    }
}
