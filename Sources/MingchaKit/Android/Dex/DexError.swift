/// Why a DEX file (or part of one) could not be read. Codes are stable: batches record them.
public enum DexError: MingchaError, Equatable {
    /// The first bytes are not `dex\n0NN\0` with a known version.
    case badMagic(String)
    /// A table or item runs past the end of the file.
    case truncated(what: String, offset: Int)
    /// An index (string, type, proto, field, method) points outside its table.
    case badIndex(what: String, index: UInt32, count: Int)
    /// An offset points outside the file, or into the header.
    case badOffset(what: String, offset: UInt32)
    /// A count is larger than `ScanLimits` allows.
    case tooLarge(what: String, count: Int, limit: Int)
    /// Big-endian (or unknown) endian tag: Android never produces it.
    case badEndian(UInt32)
    /// A LEB128 value is longer than 5 bytes, or another encoded value is malformed.
    case malformed(what: String, offset: Int)
    /// An instruction or payload overruns its code item.
    case badInstruction(what: String, method: String, pc: Int)
    /// A valid feature this reader does not handle (named), so the result is partial.
    case unsupported(String)

    public var code: String {
        switch self {
        case .badMagic: return "dex.bad-magic"
        case .truncated: return "dex.truncated"
        case .badIndex: return "dex.bad-index"
        case .badOffset: return "dex.bad-offset"
        case .tooLarge: return "dex.too-large"
        case .badEndian: return "dex.bad-endian"
        case .malformed: return "dex.malformed"
        case .badInstruction: return "dex.bad-instruction"
        case .unsupported: return "dex.unsupported"
        }
    }

    public var description: String {
        switch self {
        case .badMagic(let m):
            return "not a DEX file (magic \(m))"
        case let .truncated(what, offset):
            return "DEX \(what) at offset \(offset) runs past the end of the file"
        case let .badIndex(what, index, count):
            return "DEX \(what) index \(index) is out of range (table has \(count))"
        case let .badOffset(what, offset):
            return "DEX \(what) offset \(offset) is outside the file"
        case let .tooLarge(what, count, limit):
            return "DEX \(what) count \(count) exceeds the limit \(limit)"
        case .badEndian(let tag):
            return "DEX endian tag 0x\(String(tag, radix: 16)) is not little-endian"
        case let .malformed(what, offset):
            return "DEX \(what) is malformed at offset \(offset)"
        case let .badInstruction(what, method, pc):
            return "DEX code of \(method) is malformed at pc \(pc): \(what)"
        case .unsupported(let what):
            return "DEX feature not read: \(what)"
        }
    }

    /// Maps a cursor failure into the DEX vocabulary, naming what was being read.
    static func from(_ e: Error, reading what: String) -> Error {
        guard let b = e as? ByteReaderError else { return e }
        switch b {
        case let .outOfBounds(offset, _, _): return DexError.truncated(what: what, offset: offset)
        case let .malformed(offset, _): return DexError.malformed(what: what, offset: offset)
        }
    }
}
