/// A `ResStringPool` (UTF-8 or UTF-16) shared by binary XML and resources.arsc. Strings decode on
/// demand from the original bytes, so a 100k-string table costs nothing until a string is asked for.
/// Style spans are ignored: nothing in a scan depends on them.
public struct StringPool: Sendable {
    public static let utf8Flag: UInt32 = 0x100

    private let bytes: [UInt8]
    private let offsetsStart: Int
    private let stringsStart: Int
    private let poolEnd: Int
    public let count: Int
    public let isUTF8: Bool
    /// Things Android would log and carry on from (e.g. a string count larger than the chunk).
    public private(set) var anomalies: [String] = []

    public static let empty = StringPool()

    private init() {
        bytes = []; offsetsStart = 0; stringsStart = 0; poolEnd = 0; count = 0; isUTF8 = true
    }

    /// Reads the pool in `chunk`. A declared string count larger than the chunk holds is cut to
    /// what fits (the count, not the bytes, is the lie); everything else Android refuses throws.
    public init(_ r: ByteReader, chunk: ResChunk, limits: ScanLimits) throws {
        guard chunk.headerSize >= 28 else {
            throw AXMLError.badStringPool("header of \(chunk.headerSize) bytes is smaller than 28")
        }
        let h = chunk.offset
        var declared = Int(try r.peekU32(at: h + 8))
        let styleCount = Int(try r.peekU32(at: h + 12))
        let flags = try r.peekU32(at: h + 16)
        let stringsStartRel = Int(try r.peekU32(at: h + 20))
        let stylesStartRel = Int(try r.peekU32(at: h + 24))
        bytes = r.bytes
        isUTF8 = flags & StringPool.utf8Flag != 0
        offsetsStart = chunk.bodyStart
        let room = (chunk.size - chunk.headerSize) / 4
        if declared > room {
            anomalies.append("string pool declares \(declared) strings but has room for \(room) offsets")
            declared = room
        }
        guard declared <= limits.maxStrings else {
            throw AXMLError.tooMany(what: "strings", count: declared, limit: limits.maxStrings)
        }
        count = declared
        if declared == 0 {
            stringsStart = chunk.end; poolEnd = chunk.end
            return
        }
        guard stringsStartRel < chunk.size else {
            throw AXMLError.badStringPool("strings start at \(stringsStartRel), past the pool's \(chunk.size) bytes")
        }
        stringsStart = h + stringsStartRel
        if styleCount > 0 && stylesStartRel > stringsStartRel && stylesStartRel <= chunk.size {
            poolEnd = h + stylesStartRel
        } else {
            if styleCount > 0 { anomalies.append("string pool style offset \(stylesStartRel) is unusable; styles ignored") }
            poolEnd = chunk.end
        }
    }

    /// The string at `index`, or nil when the index or the string's bytes are out of range.
    public func string(_ index: Int) -> String? {
        guard index >= 0, index < count else { return nil }
        let slot = offsetsStart + index * 4
        guard slot + 4 <= bytes.count else { return nil }
        let rel = Int(UInt32(bytes[slot]) | UInt32(bytes[slot + 1]) << 8 | UInt32(bytes[slot + 2]) << 16 | UInt32(bytes[slot + 3]) << 24)
        guard rel < poolEnd - stringsStart else { return nil }
        let at = stringsStart + rel
        return isUTF8 ? utf8(at) : utf16(at)
    }

    public func string(_ index: UInt32) -> String? {
        index == 0xFFFF_FFFF ? nil : string(Int(index))
    }

    /// Every string, with unreadable ones as "".
    public func all() -> [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(string(i) ?? "") }
        return out
    }

    private func utf8(_ start: Int) -> String? {
        var p = start
        // Length in UTF-16 units (unused), then length in bytes; each 1 or 2 bytes.
        guard let _ = len8(&p), let n = len8(&p) else { return nil }
        guard n <= poolEnd - p else { return nil }
        return String(decoding: bytes[p..<p + n], as: UTF8.self)
    }

    private func len8(_ p: inout Int) -> Int? {
        guard p < poolEnd else { return nil }
        let a = Int(bytes[p]); p += 1
        if a & 0x80 == 0 { return a }
        guard p < poolEnd else { return nil }
        let b = Int(bytes[p]); p += 1
        return (a & 0x7f) << 8 | b
    }

    private func utf16(_ start: Int) -> String? {
        var p = start
        guard p + 2 <= poolEnd else { return nil }
        var n = Int(u16(p)); p += 2
        if n & 0x8000 != 0 {
            guard p + 2 <= poolEnd else { return nil }
            n = (n & 0x7fff) << 16 | Int(u16(p)); p += 2
        }
        guard n <= (poolEnd - p) / 2 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(n)
        for i in 0..<n { units.append(u16(p + 2 * i)) }
        return String(decoding: units, as: UTF16.self)
    }

    @inline(__always) private func u16(_ p: Int) -> UInt16 { UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8 }
}
