/// A bounds-checked cursor over bytes. Every parser of untrusted input reads through this, so a
/// lying length or offset becomes a thrown `ByteReaderError`, never a trap.
public struct ByteReader {
    public enum Endian { case little, big }

    public let bytes: [UInt8]
    /// The readable window is `bytes[start..<end]`; offsets in errors are absolute.
    public let start: Int
    public let end: Int
    public var offset: Int
    public let endian: Endian

    public init(_ bytes: [UInt8], endian: Endian = .little) {
        self.bytes = bytes
        self.start = 0
        self.end = bytes.count
        self.offset = 0
        self.endian = endian
    }

    /// A reader limited to `count` bytes from `at` (absolute); throws if the window leaves this one.
    public func window(at: Int, count: Int) throws -> ByteReader {
        try check(at, count)
        var r = self
        r = ByteReader(bytes: bytes, start: at, end: at + count, offset: at, endian: endian)
        return r
    }

    private init(bytes: [UInt8], start: Int, end: Int, offset: Int, endian: Endian) {
        self.bytes = bytes; self.start = start; self.end = end; self.offset = offset; self.endian = endian
    }

    public var remaining: Int { max(0, end - offset) }
    public var isAtEnd: Bool { offset >= end }
    public var size: Int { end - start }

    @inline(__always)
    public func check(_ at: Int, _ count: Int) throws {
        guard count >= 0, at >= start, at <= end, count <= end - at else {
            throw ByteReaderError.outOfBounds(offset: at, need: count, end: end)
        }
    }

    public mutating func seek(_ to: Int) throws {
        guard to >= start, to <= end else { throw ByteReaderError.outOfBounds(offset: to, need: 0, end: end) }
        offset = to
    }

    public mutating func skip(_ n: Int) throws {
        try check(offset, n)
        offset += n
    }

    public mutating func u8() throws -> UInt8 {
        try check(offset, 1)
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func u16() throws -> UInt16 {
        let v = try peekU16(at: offset)
        offset += 2
        return v
    }

    public mutating func u32() throws -> UInt32 {
        let v = try peekU32(at: offset)
        offset += 4
        return v
    }

    public mutating func u64() throws -> UInt64 {
        let v = try peekU64(at: offset)
        offset += 8
        return v
    }

    public mutating func i32() throws -> Int32 { Int32(bitPattern: try u32()) }

    public func peekU8(at: Int) throws -> UInt8 {
        try check(at, 1)
        return bytes[at]
    }

    public func peekU16(at: Int) throws -> UInt16 {
        try check(at, 2)
        let a = UInt16(bytes[at]), b = UInt16(bytes[at + 1])
        return endian == .little ? (a | b << 8) : (a << 8 | b)
    }

    public func peekU32(at: Int) throws -> UInt32 {
        try check(at, 4)
        var v: UInt32 = 0
        if endian == .little {
            for i in (0..<4).reversed() { v = v << 8 | UInt32(bytes[at + i]) }
        } else {
            for i in 0..<4 { v = v << 8 | UInt32(bytes[at + i]) }
        }
        return v
    }

    public func peekU64(at: Int) throws -> UInt64 {
        try check(at, 8)
        var v: UInt64 = 0
        if endian == .little {
            for i in (0..<8).reversed() { v = v << 8 | UInt64(bytes[at + i]) }
        } else {
            for i in 0..<8 { v = v << 8 | UInt64(bytes[at + i]) }
        }
        return v
    }

    /// Unsigned LEB128 as used by DEX; at most 5 bytes for a 32-bit value.
    public mutating func uleb128() throws -> UInt32 {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        for _ in 0..<5 {
            let b = try u8()
            result |= UInt32(b & 0x7f) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
        throw ByteReaderError.malformed(offset: offset, what: "LEB128 longer than 5 bytes")
    }

    public mutating func sleb128() throws -> Int32 {
        var result: Int32 = 0
        var shift: Int32 = 0
        var b: UInt8 = 0
        for _ in 0..<5 {
            b = try u8()
            result |= Int32(b & 0x7f) << shift
            shift += 7
            if b & 0x80 == 0 {
                if shift < 32 && (b & 0x40) != 0 { result |= -(1 << shift) }
                return result
            }
        }
        throw ByteReaderError.malformed(offset: offset, what: "LEB128 longer than 5 bytes")
    }

    public mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        try check(offset, n)
        defer { offset += n }
        return bytes[offset..<offset + n]
    }

    public func slice(at: Int, count: Int) throws -> ArraySlice<UInt8> {
        try check(at, count)
        return bytes[at..<at + count]
    }
}

public enum ByteReaderError: Error, CustomStringConvertible, Equatable {
    case outOfBounds(offset: Int, need: Int, end: Int)
    case malformed(offset: Int, what: String)

    public var description: String {
        switch self {
        case let .outOfBounds(offset, need, end):
            return "read of \(need) byte(s) at offset \(offset) runs past the end (\(end))"
        case let .malformed(offset, what):
            return "malformed data at offset \(offset): \(what)"
        }
    }
}
