/// resources.arsc: the compiled resource table. Parsing records where every type chunk's
/// entries are; entries decode only when asked for, so opening a 10 MB table is cheap.
public struct ResourceTable: Sendable {
    /// One `ResTable_type` chunk: the entries of one type in one configuration.
    struct TypeChunk: Sendable {
        let typeID: UInt8
        let config: ResourceConfig
        let entryCount: Int
        let offsetsAt: Int
        let entriesAt: Int
        let end: Int
        let sparse: Bool
        let offset16: Bool
    }

    public struct Package: Sendable {
        public let id: UInt8
        public let name: String
        let typeNames: StringPool
        let keys: StringPool
        var chunks: [UInt8: [TypeChunk]] = [:]

        /// "string", "layout"... for a type ID (1-based).
        public func typeName(_ typeID: UInt8) -> String? { typeID == 0 ? nil : typeNames.string(Int(typeID) - 1) }
    }

    let bytes: [UInt8]
    let strings: StringPool
    public private(set) var packages: [Package] = []
    public private(set) var anomalies: [String] = []

    static let flagComplex: UInt16 = 0x0001
    static let flagCompact: UInt16 = 0x0008
    static let typeFlagSparse: UInt8 = 0x01
    static let typeFlagOffset16: UInt8 = 0x02

    public static func parse(_ bytes: [UInt8], limits: ScanLimits = ScanLimits()) throws -> ResourceTable {
        do {
            return try ResourceTable(bytes, limits: limits)
        } catch let e as ByteReaderError {
            if case let .outOfBounds(offset, _, _) = e { throw ResourceTableError.truncated(what: "data", offset: offset) }
            throw ResourceTableError.badChunk(what: e.description, offset: 0)
        }
    }

    init(_ bytes: [UInt8], limits: ScanLimits) throws {
        self.bytes = bytes
        let r = ByteReader(bytes)
        guard bytes.count >= 12 else { throw ResourceTableError.truncated(what: "table header", offset: 0) }
        let top = try ResChunk.read(r, at: 0, minHeader: 12, dataEnd: bytes.count, what: "resource table")
        guard top.type == ResChunk.table else {
            throw ResourceTableError.notResourceTable(String(format: "first chunk type is 0x%04x, not 0x0002", top.type))
        }
        if top.end < bytes.count { anomalies.append("\(bytes.count - top.end) trailing byte(s) ignored") }
        var pool: StringPool?
        var pos = top.bodyStart
        while pos <= top.end - 8 {
            let c = try ResChunk.read(r, at: pos, minHeader: 8, dataEnd: top.end, what: "table chunk")
            switch c.type {
            case ResChunk.stringPool where pool == nil:
                let p = try StringPool(r, chunk: c, limits: limits)
                anomalies += p.anomalies
                pool = p
            case ResChunk.tablePackage:
                packages.append(try ResourceTable.readPackage(r, chunk: c, limits: limits, anomalies: &anomalies))
            default:
                anomalies.append(String(format: "skipped table chunk of type 0x%04x at %d", c.type, pos))
            }
            pos = c.end
        }
        strings = pool ?? .empty
    }

    private static func readPackage(_ r: ByteReader, chunk c: ResChunk, limits: ScanLimits, anomalies: inout [String]) throws -> Package {
        guard c.headerSize >= 284 else {
            throw ResourceTableError.badChunk(what: "package header of \(c.headerSize) bytes is smaller than 284", offset: c.offset)
        }
        let id = UInt8(truncatingIfNeeded: try r.peekU32(at: c.offset + 8))
        var units: [UInt16] = []
        for i in 0..<128 {
            let u = try r.peekU16(at: c.offset + 12 + 2 * i)
            if u == 0 { break }
            units.append(u)
        }
        let typeStringsAt = c.offset + Int(try r.peekU32(at: c.offset + 268))
        let keyStringsAt = c.offset + Int(try r.peekU32(at: c.offset + 276))
        func pool(at: Int, what: String) throws -> StringPool {
            guard at >= c.bodyStart, at < c.end else {
                throw ResourceTableError.badChunk(what: "\(what) string pool offset lies outside the package", offset: c.offset)
            }
            let pc = try ResChunk.read(r, at: at, minHeader: 28, dataEnd: c.end, what: "\(what) string pool")
            guard pc.type == ResChunk.stringPool else {
                throw ResourceTableError.badChunk(what: "\(what) strings are not a string pool", offset: at)
            }
            return try StringPool(r, chunk: pc, limits: limits)
        }
        var pkg = Package(id: id, name: String(decoding: units, as: UTF16.self),
                          typeNames: try pool(at: typeStringsAt, what: "type"),
                          keys: try pool(at: keyStringsAt, what: "key"))
        var pos = c.bodyStart
        while pos <= c.end - 8 {
            let t = try ResChunk.read(r, at: pos, minHeader: 8, dataEnd: c.end, what: "package chunk")
            if t.type == ResChunk.tableType {
                if let chunk = try typeChunk(r, t, anomalies: &anomalies) {
                    pkg.chunks[chunk.typeID, default: []].append(chunk)
                }
            }
            pos = t.end
        }
        return pkg
    }

    /// Reads a `ResTable_type` header; a chunk whose entry table does not fit is skipped.
    private static func typeChunk(_ r: ByteReader, _ t: ResChunk, anomalies: inout [String]) throws -> TypeChunk? {
        guard t.headerSize >= 20 + 4 else {
            anomalies.append("type chunk at \(t.offset) has a \(t.headerSize)-byte header; skipped")
            return nil
        }
        let typeID = try r.peekU8(at: t.offset + 8)
        let flags = try r.peekU8(at: t.offset + 9)
        let count = Int(try r.peekU32(at: t.offset + 12))
        let entriesStart = Int(try r.peekU32(at: t.offset + 16))
        let sparse = flags & typeFlagSparse != 0
        let offset16 = !sparse && flags & typeFlagOffset16 != 0
        let slot = sparse ? 4 : (offset16 ? 2 : 4)
        let available = t.size - t.headerSize
        guard typeID != 0, count <= available / slot, entriesStart <= t.size,
              t.headerSize + count * slot <= entriesStart || count == 0 else {
            anomalies.append("type chunk at \(t.offset) has an entry table that does not fit; skipped")
            return nil
        }
        let config = try ResourceConfig.read(r, at: t.offset + 20, limit: t.bodyStart)
        return TypeChunk(typeID: typeID, config: config, entryCount: count, offsetsAt: t.bodyStart,
                         entriesAt: t.offset + entriesStart, end: t.end, sparse: sparse, offset16: offset16)
    }
}

public enum ResourceTableError: MingchaError, Equatable {
    case truncated(what: String, offset: Int)
    case badChunk(what: String, offset: Int)
    case notResourceTable(String)

    public var code: String {
        switch self {
        case .truncated: return "arsc.truncated"
        case .badChunk: return "arsc.bad-chunk"
        case .notResourceTable: return "arsc.not-table"
        }
    }

    public var description: String {
        switch self {
        case let .truncated(what, offset): return "resources.arsc ends early: \(what) at offset \(offset) is cut off"
        case let .badChunk(what, offset): return "resources.arsc chunk at offset \(offset) is malformed: \(what)"
        case let .notResourceTable(why): return "not a resources.arsc file: \(why)"
        }
    }
}
