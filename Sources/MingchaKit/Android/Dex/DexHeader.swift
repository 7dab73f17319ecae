/// The fixed 0x70-byte header at the start of every DEX file: version, and the size and offset of
/// each id table. Offsets are absolute file offsets.
public struct DexHeader: Sendable, Equatable {
    /// "035" ... "041".
    public var version: String
    public var checksum: UInt32
    public var fileSize: UInt32
    public var headerSize: UInt32
    public var mapOff: UInt32
    public var stringIds: Table
    public var typeIds: Table
    public var protoIds: Table
    public var fieldIds: Table
    public var methodIds: Table
    public var classDefs: Table
    public var data: Table
    /// DEX 041 containers (several DEX files in one): total size and this header's offset.
    public var containerSize: UInt32 = 0
    public var headerOffset: UInt32 = 0

    public struct Table: Sendable, Equatable {
        public var count: Int
        public var offset: Int
    }

    static let size = 0x70
    static let littleEndianTag: UInt32 = 0x1234_5678
    static let knownVersions: Set<String> = ["035", "036", "037", "038", "039", "040", "041"]

    static func parse(_ r: ByteReader) throws -> DexHeader {
        guard r.size >= 8 else { throw DexError.badMagic("file of \(r.size) bytes") }
        let magic = try r.slice(at: 0, count: 8)
        let m = Array(magic)
        // "dex\n" + three digits + NUL.
        guard m[0] == 0x64, m[1] == 0x65, m[2] == 0x78, m[3] == 0x0a, m[7] == 0 else {
            throw DexError.badMagic(printable(m))
        }
        let version = String(decoding: m[4..<7], as: UTF8.self)
        guard knownVersions.contains(version) else { throw DexError.badMagic(printable(m)) }
        guard r.size >= size else { throw DexError.truncated(what: "header", offset: 0) }
        let endian = try r.peekU32(at: 40)
        guard endian == littleEndianTag else { throw DexError.badEndian(endian) }
        func table(_ at: Int) throws -> Table {
            Table(count: Int(try r.peekU32(at: at)), offset: Int(try r.peekU32(at: at + 4)))
        }
        var h = DexHeader(
            version: version,
            checksum: try r.peekU32(at: 8),
            fileSize: try r.peekU32(at: 32),
            headerSize: try r.peekU32(at: 36),
            mapOff: try r.peekU32(at: 52),
            stringIds: try table(56), typeIds: try table(64), protoIds: try table(72),
            fieldIds: try table(80), methodIds: try table(88), classDefs: try table(96),
            data: try table(104))
        if version >= "041", h.headerSize >= 0x78, r.size >= 0x78 {
            h.containerSize = try r.peekU32(at: 0x70)
            h.headerOffset = try r.peekU32(at: 0x74)
        }
        return h
    }

    private static func printable(_ m: [UInt8]) -> String {
        m.map { $0 >= 0x20 && $0 < 0x7f ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
    }
}
