/// The `ResChunk_header` every Android resource structure starts with, and the chunk type codes
/// from the platform's ResourceTypes.h.
public struct ResChunk: Equatable, Sendable {
    public static let nullType: UInt16 = 0x0000
    public static let stringPool: UInt16 = 0x0001
    public static let table: UInt16 = 0x0002
    public static let xml: UInt16 = 0x0003
    public static let xmlStartNamespace: UInt16 = 0x0100
    public static let xmlEndNamespace: UInt16 = 0x0101
    public static let xmlStartElement: UInt16 = 0x0102
    public static let xmlEndElement: UInt16 = 0x0103
    public static let xmlCData: UInt16 = 0x0104
    public static let xmlLastChunk: UInt16 = 0x017f
    public static let xmlResourceMap: UInt16 = 0x0180
    public static let tablePackage: UInt16 = 0x0200
    public static let tableType: UInt16 = 0x0201
    public static let tableTypeSpec: UInt16 = 0x0202
    public static let tableLibrary: UInt16 = 0x0203

    public let offset: Int
    public let type: UInt16
    public let headerSize: Int
    public let size: Int

    public var end: Int { offset + size }
    public var bodyStart: Int { offset + headerSize }

    /// Reads the 8-byte header at `offset` and applies the checks of Android's `validate_chunk`:
    /// header at least `minHeader`, header not larger than the chunk, both 4-aligned, chunk inside
    /// `dataEnd`.
    public static func read(_ r: ByteReader, at offset: Int, minHeader: Int, dataEnd: Int, what: String) throws -> ResChunk {
        guard offset >= 0, offset <= dataEnd - 8 else { throw AXMLError.truncated(what: what, offset: offset) }
        let type = try r.peekU16(at: offset)
        let headerSize = Int(try r.peekU16(at: offset + 2))
        let size = Int(try r.peekU32(at: offset + 4))
        guard headerSize >= minHeader else {
            throw AXMLError.badChunk(what: "\(what) header size \(headerSize) is below \(minHeader)", offset: offset)
        }
        guard headerSize <= size else {
            throw AXMLError.badChunk(what: "\(what) size \(size) is smaller than its header (\(headerSize))", offset: offset)
        }
        guard (headerSize | size) & 3 == 0 else {
            throw AXMLError.badChunk(what: "\(what) size \(size) or header size \(headerSize) is not 4-aligned", offset: offset)
        }
        guard size <= dataEnd - offset else {
            throw AXMLError.truncated(what: "\(what) of \(size) bytes", offset: offset)
        }
        return ResChunk(offset: offset, type: type, headerSize: headerSize, size: size)
    }
}
