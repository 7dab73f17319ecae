/// A plain WeChat mini-program package: 14-byte big-endian header (0xBE, u32 version, u32 index
/// length, u32 body length, 0xED), an index of (u32 name length, name, u32 absolute offset,
/// u32 size), then raw file bytes. Every length and offset is checked before use.
public struct Wxapkg: Sendable {
    public struct Entry: Hashable, Sendable {
        /// Path inside the package as stored (starts with `/`).
        public var name: String
        public var offset: Int
        public var size: Int
    }

    /// The file (or package) name, for errors and evidence.
    public let label: String
    public let bytes: [UInt8]
    /// Entries in index order.
    public let entries: [Entry]
    /// The header's version field (0 in every real sample).
    public let version: UInt32

    public static let headerSize = 14
    public static let maxNameLength = 1024

    public init(bytes: [UInt8], label: String, limits: ScanLimits = ScanLimits()) throws {
        let size = bytes.count
        guard size > Self.headerSize + 4 else { throw WxapkgError.truncated(label, size: size) }
        var r = ByteReader(bytes, endian: .big)
        let first = try r.u8()
        guard first == 0xBE else { throw WxapkgError.badMark(label, offset: 0, found: first, expected: 0xBE) }
        let version = try r.u32()
        let indexLength = Int(try r.u32())
        let bodyLength = Int(try r.u32())
        let last = try r.u8()
        if last != 0xED {
            // The Android client's "mixed" layout moves the end mark to byte 17.
            if size > 18, bytes[17] == 0xED { throw WxapkgError.versionedHeader(label, version: version) }
            throw WxapkgError.badMark(label, offset: 13, found: last, expected: 0xED)
        }
        guard indexLength >= 4, indexLength <= size - Self.headerSize else {
            throw WxapkgError.badIndexLength(label, indexLength: indexLength, fileSize: size)
        }
        let indexEnd = Self.headerSize + indexLength
        guard bodyLength <= size - indexEnd else {
            throw WxapkgError.badBodyLength(label, indexLength: indexLength, bodyLength: bodyLength, fileSize: size)
        }
        let count = Int(try r.u32())
        // Each entry needs at least 13 index bytes (4 + 1 + 4 + 4), so a lying count is caught
        // before anything is allocated for it.
        guard count <= limits.maxEntries, count <= (indexLength - 4) / 13 else {
            throw WxapkgError.tooManyEntries(label, count: count, limit: min(limits.maxEntries, (indexLength - 4) / 13))
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var seen = Set<String>()
        for i in 0..<count {
            guard r.offset + 4 <= indexEnd else { throw WxapkgError.indexMismatch(label, cursor: r.offset + 4, indexEnd: indexEnd) }
            let nameLength = Int(try r.u32())
            guard nameLength >= 1, nameLength <= Self.maxNameLength else {
                throw WxapkgError.badNameLength(label, entry: i, length: nameLength)
            }
            guard r.offset + nameLength + 8 <= indexEnd else {
                throw WxapkgError.indexMismatch(label, cursor: r.offset + nameLength + 8, indexEnd: indexEnd)
            }
            let raw = try r.take(nameLength)
            guard let name = String(validating: raw, as: UTF8.self) else {
                throw WxapkgError.badName(label, entry: i, detail: "not UTF-8")
            }
            guard Self.isSafe(name) else { throw WxapkgError.pathTraversal(label, name: name) }
            guard seen.insert(name).inserted else { throw WxapkgError.duplicateName(label, name: name) }
            let offset = Int(try r.u32())
            let length = Int(try r.u32())
            guard offset >= indexEnd, offset <= size, length <= size - offset else {
                throw WxapkgError.entryOutOfBounds(label, name: name, offset: offset, size: length, fileSize: size)
            }
            guard length <= limits.maxEntryBytes else {
                throw WxapkgError.entryTooLarge(label, name: name, size: length, limit: limits.maxEntryBytes)
            }
            entries.append(Entry(name: name, offset: offset, size: length))
        }
        guard r.offset == indexEnd else { throw WxapkgError.indexMismatch(label, cursor: r.offset, indexEnd: indexEnd) }
        try Self.checkNoOverlap(entries, label: label)
        self.label = label
        self.bytes = bytes
        self.entries = entries
        self.version = version
    }

    /// Names are joined to an output folder by unpackers; refuse anything that could leave it.
    static func isSafe(_ name: String) -> Bool {
        if name.contains("\\") || name.contains("\u{0}") { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: true).contains("..")
    }

    /// Two entries sharing bytes let a package show one file to one reader and another to the
    /// next (or multiply its apparent size); real packages are contiguous, so refuse it.
    static func checkNoOverlap(_ entries: [Entry], label: String) throws {
        let sorted = entries.filter { $0.size > 0 }.sorted { ($0.offset, $0.size) < ($1.offset, $1.size) }
        guard sorted.count > 1 else { return }
        for i in 1..<sorted.count where sorted[i].offset < sorted[i - 1].offset + sorted[i - 1].size {
            throw WxapkgError.overlappingEntries(label, first: sorted[i - 1].name, second: sorted[i].name)
        }
    }

    init(label: String, bytes: [UInt8], entries: [Entry], version: UInt32) {
        self.label = label; self.bytes = bytes; self.entries = entries; self.version = version
    }

    /// The bytes of one entry (already bounds-checked at parse time).
    public func data(_ entry: Entry) -> ArraySlice<UInt8> {
        bytes[entry.offset..<(entry.offset + entry.size)]
    }

    public func entry(named name: String) -> Entry? {
        let wanted = name.hasPrefix("/") ? name : "/" + name
        return entries.first { $0.name == wanted }
    }
}
