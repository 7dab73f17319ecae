/// Reads only the root element of a binary AndroidManifest.xml: enough to tell a base APK from a
/// split (splits carry a `split` attribute) and to learn the package name, without the full AXML
/// stage. Bounded: one string pool, one element; anything malformed yields nil.
enum ManifestRootProbe {
    /// Attribute name -> string value (nil for non-string values) of the first start element.
    static func rootAttributes(_ bytes: [UInt8], limits: ScanLimits) -> [String: String?]? {
        var r = ByteReader(bytes)
        guard (try? r.u16()) == 0x0003, let headerSize = try? r.u16(), let fileSize = try? r.u32(),
              Int(fileSize) <= bytes.count, headerSize >= 8 else { return nil }
        var pos = Int(headerSize)
        var pool: StringPool?
        var steps = 0
        while pos + 8 <= Int(fileSize), steps < 64 {
            steps += 1
            guard let type = try? r.peekU16(at: pos), let size = try? r.peekU32(at: pos + 4), size >= 8,
                  Int(size) <= Int(fileSize) - pos else { return nil }
            if type == 0x0001 {
                pool = try? StringPool(r, at: pos, size: Int(size), limits: limits)
            } else if type == 0x0102 {
                guard let pool = pool else { return nil }
                return try? attributes(r, at: pos, pool: pool)
            }
            pos += Int(size)
        }
        return nil
    }

    private static func attributes(_ r: ByteReader, at pos: Int, pool: StringPool) throws -> [String: String?] {
        let headerSize = Int(try r.peekU16(at: pos + 2))
        let ext = pos + headerSize
        let attrStart = Int(try r.peekU16(at: ext + 8))
        let attrSize = Int(try r.peekU16(at: ext + 10))
        let attrCount = Int(try r.peekU16(at: ext + 12))
        guard attrSize >= 20 else { return [:] }
        var out: [String: String?] = [:]
        for i in 0..<attrCount {
            let a = ext + attrStart + i * attrSize
            let nameIdx = try r.peekU32(at: a + 4)
            let rawIdx = try r.peekU32(at: a + 8)
            let dataType = try r.peekU8(at: a + 15)
            let data = try r.peekU32(at: a + 16)
            guard let name = pool.string(nameIdx) else { continue }
            if dataType == 0x03 { out[name] = pool.string(data) } else { out[name] = pool.string(rawIdx) }
        }
        return out
    }

    /// A string pool read lazily: strings are decoded only when asked for.
    struct StringPool {
        let reader: ByteReader
        let count: Int
        let offsetsAt: Int
        let stringsAt: Int
        let end: Int
        let utf8: Bool

        init(_ r: ByteReader, at pos: Int, size: Int, limits: ScanLimits) throws {
            let headerSize = Int(try r.peekU16(at: pos + 2))
            count = Int(try r.peekU32(at: pos + 8))
            guard count <= limits.maxStrings else { throw ByteReaderError.malformed(offset: pos, what: "string count") }
            utf8 = (try r.peekU32(at: pos + 16)) & 0x100 != 0
            stringsAt = pos + Int(try r.peekU32(at: pos + 20))
            offsetsAt = pos + headerSize
            end = pos + size
            try r.check(offsetsAt, count * 4)
            reader = r
        }

        func string(_ index: UInt32) -> String? {
            guard Int(index) < count, let rel = try? reader.peekU32(at: offsetsAt + Int(index) * 4) else { return nil }
            var at = stringsAt + Int(rel)
            guard at < end else { return nil }
            if utf8 {
                // Character count then byte count, each one or two bytes (high bit = two).
                guard let c0 = try? reader.peekU8(at: at) else { return nil }
                at += c0 & 0x80 != 0 ? 2 : 1
                guard let b0 = try? reader.peekU8(at: at) else { return nil }
                var len = Int(b0)
                if b0 & 0x80 != 0 {
                    guard let b1 = try? reader.peekU8(at: at + 1) else { return nil }
                    len = (Int(b0 & 0x7f) << 8) | Int(b1); at += 2
                } else { at += 1 }
                guard let s = try? reader.slice(at: at, count: len) else { return nil }
                return String(decoding: s, as: UTF8.self)
            }
            guard let u0 = try? reader.peekU16(at: at) else { return nil }
            var len = Int(u0)
            if u0 & 0x8000 != 0 {
                guard let u1 = try? reader.peekU16(at: at + 2) else { return nil }
                len = (Int(u0 & 0x7fff) << 16) | Int(u1); at += 4
            } else { at += 2 }
            guard (try? reader.check(at, len * 2)) != nil else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(len)
            for i in 0..<len { units.append((try? reader.peekU16(at: at + i * 2)) ?? 0) }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
