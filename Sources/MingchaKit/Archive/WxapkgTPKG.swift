/// Douyin / ByteDance `TPKG` packages: ASCII "TPKG", then little-endian u32 version, u32 reserved,
/// u32 count, and entries of (u32 name length, name without a leading "/", u32 absolute offset,
/// u32 size). Same contents as a wxapkg, so it is read into the same `Wxapkg` value with the
/// same checks (names, bounds, overlap).
extension Wxapkg {
    public static let tpkgMagic = Array("TPKG".utf8)

    public static func tpkg(bytes: [UInt8], label: String, limits: ScanLimits = ScanLimits()) throws -> Wxapkg {
        let size = bytes.count
        guard size >= 16, bytes.starts(with: tpkgMagic) else { throw WxapkgError.truncated(label, size: size) }
        var r = ByteReader(bytes, endian: .little)
        try r.seek(4)
        let version = try r.u32()
        _ = try r.u32()
        let count = Int(try r.u32())
        guard count <= limits.maxEntries, count <= (size - 16) / 13 else {
            throw WxapkgError.tooManyEntries(label, count: count, limit: min(limits.maxEntries, (size - 16) / 13))
        }
        var entries: [Entry] = []
        var seen = Set<String>()
        for i in 0..<count {
            guard r.remaining >= 4 else { throw WxapkgError.indexMismatch(label, cursor: r.offset + 4, indexEnd: size) }
            let nameLength = Int(try r.u32())
            guard nameLength >= 1, nameLength <= maxNameLength else { throw WxapkgError.badNameLength(label, entry: i, length: nameLength) }
            guard r.remaining >= nameLength + 8 else { throw WxapkgError.indexMismatch(label, cursor: r.offset + nameLength + 8, indexEnd: size) }
            guard let raw = String(validating: try r.take(nameLength), as: UTF8.self) else {
                throw WxapkgError.badName(label, entry: i, detail: "not UTF-8")
            }
            let name = raw.hasPrefix("/") ? raw : "/" + raw
            guard isSafe(name) else { throw WxapkgError.pathTraversal(label, name: raw) }
            guard seen.insert(name).inserted else { throw WxapkgError.duplicateName(label, name: name) }
            let offset = Int(try r.u32())
            let length = Int(try r.u32())
            entries.append(Entry(name: name, offset: offset, size: length))
        }
        let indexEnd = r.offset
        for e in entries {
            guard e.offset >= indexEnd, e.offset <= size, e.size <= size - e.offset else {
                throw WxapkgError.entryOutOfBounds(label, name: e.name, offset: e.offset, size: e.size, fileSize: size)
            }
            guard e.size <= limits.maxEntryBytes else { throw WxapkgError.entryTooLarge(label, name: e.name, size: e.size, limit: limits.maxEntryBytes) }
        }
        try checkNoOverlap(entries, label: label)
        return Wxapkg(label: label, bytes: bytes, entries: entries, version: version)
    }
}
