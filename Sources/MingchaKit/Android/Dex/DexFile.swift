/// One parsed DEX file: header, validated id tables, class definitions with their class data.
/// Tables are validated once in `parse`, so the accessors below cannot leave the file; strings are
/// decoded only when asked for. Instructions are decoded on demand with `instructions(of:)`.
public struct DexFile: Sendable {
    /// Name inside the package, e.g. `classes2.dex`.
    public let name: String
    public let header: DexHeader
    public let bytes: [UInt8]
    public internal(set) var classDefs: [DexClassDef] = []
    /// Parts that could not be read (a class's data, the map). Non-empty means a partial result.
    public internal(set) var problems: [DexError] = []
    public var isPartial: Bool { !problems.isEmpty }

    /// `call_site_id_item` and `method_handle_item` tables, only found through the map list.
    public internal(set) var callSiteIds = DexHeader.Table(count: 0, offset: 0)
    public internal(set) var methodHandles = DexHeader.Table(count: 0, offset: 0)

    public var stringCount: Int { header.stringIds.count }
    public var typeCount: Int { header.typeIds.count }
    public var protoCount: Int { header.protoIds.count }
    public var fieldCount: Int { header.fieldIds.count }
    public var methodCount: Int { header.methodIds.count }

    /// The "no index" marker (superclass of java.lang.Object, absent source file).
    public static let noIndex: UInt32 = 0xffff_ffff

    public static func parse(_ bytes: [UInt8], name: String, limits: ScanLimits = ScanLimits()) throws -> DexFile {
        let r = ByteReader(bytes)
        let header: DexHeader
        do { header = try DexHeader.parse(r) } catch { throw DexError.from(error, reading: "header") }
        var dex = DexFile(name: name, header: header, bytes: bytes)
        try dex.validateTables(limits: limits)
        if header.headerOffset != 0 || header.containerSize > header.fileSize {
            // A 041 container holding several DEX files: only the first one is read.
            dex.problems.append(.unsupported("DEX 041 container with more than one DEX file"))
        }
        dex.readMap()
        try dex.readClassDefs(limits: limits)
        return dex
    }

    init(name: String, header: DexHeader, bytes: [UInt8]) {
        self.name = name; self.header = header; self.bytes = bytes
    }

    // MARK: - Raw little-endian reads inside validated ranges

    @inline(__always) func u16(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8
    }
    @inline(__always) func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    // MARK: - Validation

    private func checkTable(_ t: DexHeader.Table, itemSize: Int, what: String, limit: Int) throws {
        guard t.count <= limit else { throw DexError.tooLarge(what: what, count: t.count, limit: limit) }
        if t.count == 0 { return }
        guard t.offset >= DexHeader.size, t.offset <= bytes.count else {
            throw DexError.badOffset(what: what, offset: UInt32(truncatingIfNeeded: t.offset))
        }
        guard t.count * itemSize <= bytes.count - t.offset else {
            throw DexError.truncated(what: what, offset: t.offset)
        }
    }

    /// Parameters of one method: the JVM's limit is 255 argument slots.
    static let maxParameters = 255
    /// Interfaces of one class: the class-file limit.
    static let maxInterfaces = 65535

    /// Checks a `type_list` at `off` (0 = empty) and that each entry is a valid type index. Lists
    /// already checked are remembered, so many items sharing one list cost one check.
    func checkTypeList(_ off: UInt32, what: String, max: Int, checked: inout Set<UInt32>) throws {
        if off == 0 || checked.contains(off) { return }
        let o = Int(off)
        guard o >= DexHeader.size, o <= bytes.count - 4 else { throw DexError.badOffset(what: what, offset: off) }
        let n = Int(u32(o))
        guard n <= max else { throw DexError.tooLarge(what: what, count: n, limit: max) }
        guard n <= (bytes.count - o - 4) / 2 else { throw DexError.truncated(what: what, offset: o) }
        for i in 0..<n {
            let t = u16(o + 4 + 2 * i)
            guard Int(t) < typeCount else { throw DexError.badIndex(what: "type (\(what))", index: t, count: typeCount) }
        }
        checked.insert(off)
    }

    private mutating func validateTables(limits: ScanLimits) throws {
        let h = header
        try checkTable(h.stringIds, itemSize: 4, what: "string_ids", limit: limits.maxStrings)
        try checkTable(h.typeIds, itemSize: 4, what: "type_ids", limit: limits.maxDexItems)
        try checkTable(h.protoIds, itemSize: 12, what: "proto_ids", limit: limits.maxDexItems)
        try checkTable(h.fieldIds, itemSize: 8, what: "field_ids", limit: limits.maxDexItems)
        try checkTable(h.methodIds, itemSize: 8, what: "method_ids", limit: limits.maxDexItems)
        try checkTable(h.classDefs, itemSize: 32, what: "class_defs", limit: limits.maxDexItems)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for i in 0..<stringCount {
            let off = u32(h.stringIds.offset + 4 * i)
            guard off >= DexHeader.size, off < size else { throw DexError.badOffset(what: "string_data", offset: off) }
        }
        for i in 0..<typeCount {
            let s = u32(h.typeIds.offset + 4 * i)
            guard Int(s) < stringCount else { throw DexError.badIndex(what: "string (type descriptor)", index: s, count: stringCount) }
        }
        var checked = Set<UInt32>()
        for i in 0..<protoCount {
            let o = h.protoIds.offset + 12 * i
            let shorty = u32(o), ret = u32(o + 4)
            guard Int(shorty) < stringCount else { throw DexError.badIndex(what: "string (proto shorty)", index: shorty, count: stringCount) }
            guard Int(ret) < typeCount else { throw DexError.badIndex(what: "type (proto return)", index: ret, count: typeCount) }
            try checkTypeList(u32(o + 8), what: "proto parameters", max: DexFile.maxParameters, checked: &checked)
        }
        for i in 0..<fieldCount {
            let o = h.fieldIds.offset + 8 * i
            let c = u16(o), t = u16(o + 2), n = u32(o + 4)
            guard Int(c) < typeCount else { throw DexError.badIndex(what: "type (field class)", index: c, count: typeCount) }
            guard Int(t) < typeCount else { throw DexError.badIndex(what: "type (field type)", index: t, count: typeCount) }
            guard Int(n) < stringCount else { throw DexError.badIndex(what: "string (field name)", index: n, count: stringCount) }
        }
        for i in 0..<methodCount {
            let o = h.methodIds.offset + 8 * i
            let c = u16(o), p = u16(o + 2), n = u32(o + 4)
            guard Int(c) < typeCount else { throw DexError.badIndex(what: "type (method class)", index: c, count: typeCount) }
            guard Int(p) < protoCount else { throw DexError.badIndex(what: "proto (method)", index: p, count: protoCount) }
            guard Int(n) < stringCount else { throw DexError.badIndex(what: "string (method name)", index: n, count: stringCount) }
        }
    }

    /// The map list is only needed for call sites and method handles (DEX 038+); a broken map is
    /// recorded as a problem, not fatal.
    private mutating func readMap() {
        let off = Int(header.mapOff)
        guard off != 0 else { return }
        guard off >= DexHeader.size, off <= bytes.count - 4 else {
            problems.append(.badOffset(what: "map_list", offset: header.mapOff)); return
        }
        let n = Int(u32(off))
        guard n <= (bytes.count - off - 4) / 12 else {
            problems.append(.truncated(what: "map_list", offset: off)); return
        }
        for i in 0..<n {
            let o = off + 4 + 12 * i
            let type = u16(o), count = Int(u32(o + 4)), at = Int(u32(o + 8))
            guard type == 0x0007 || type == 0x0008 else { continue }
            let itemSize = type == 0x0007 ? 4 : 8
            guard at >= DexHeader.size, at <= bytes.count, count <= (bytes.count - at) / itemSize else {
                problems.append(.truncated(what: type == 7 ? "call_site_ids" : "method_handles", offset: at)); continue
            }
            if type == 0x0007 { callSiteIds = .init(count: count, offset: at) }
            else { methodHandles = .init(count: count, offset: at) }
        }
    }
}
