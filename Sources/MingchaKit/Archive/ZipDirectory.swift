/// The end-of-central-directory record (with its zip64 form) and, per central-directory record,
/// where its local header sits. libzip does not expose local-header offsets, and both the
/// Android-style local-header check and the APK Signing Block need them.
struct ZipDirectory {
    let centralDirectoryOffset: Int
    let centralDirectorySize: Int
    let endRecordOffset: Int
    let entryCount: Int

    /// Finds the end record (the last one whose comment fits the file) and checks the directory
    /// lies inside the file, before anything sized by the archive is allocated.
    static func locate(_ source: ArchiveSource, name: String) throws -> ZipDirectory {
        let minEOCD = 22
        guard source.size >= minEOCD else { throw ZipError.notAZip(name) }
        let tailCount = min(source.size, minEOCD + 0xFFFF)
        let tailStart = source.size - tailCount
        guard let tail = source.read(at: tailStart, count: tailCount) else {
            throw ZipError.unreadable(name, detail: "read of the last \(tailCount) bytes failed")
        }
        let r = ByteReader(tail)
        var pos = tailCount - minEOCD
        var found = -1
        while pos >= 0 {
            if tail[pos] == 0x50, tail[pos + 1] == 0x4b, tail[pos + 2] == 0x05, tail[pos + 3] == 0x06,
               let commentLen = try? r.peekU16(at: pos + 20), pos + minEOCD + Int(commentLen) <= tailCount {
                found = pos
                break
            }
            pos -= 1
        }
        guard found >= 0 else {
            // A file that starts like a zip but has no end record was cut short (a broken download).
            if let head = source.read(at: 0, count: 4), head == [0x50, 0x4b, 0x03, 0x04] {
                throw ZipError.truncated(name, detail: "the end-of-central-directory record is missing")
            }
            throw ZipError.notAZip(name)
        }
        var count = Int(try r.peekU16(at: found + 10))
        var cdSize = Int(try r.peekU32(at: found + 12))
        var cdOffset = Int(try r.peekU32(at: found + 16))
        let eocd = tailStart + found

        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // zip64: a 20-byte locator sits just before the end record and points at the zip64 record.
            guard eocd >= 20, let loc = source.read(at: eocd - 20, count: 20) else {
                throw ZipError.truncated(name, detail: "zip64 end-record locator missing")
            }
            let lr = ByteReader(loc)
            if try lr.peekU32(at: 0) == 0x0706_4b50 {
                let at = try lr.peekU64(at: 8)
                guard at <= UInt64(source.size), let rec = source.read(at: Int(at), count: 56) else {
                    throw ZipError.truncated(name, detail: "zip64 end record outside the file")
                }
                let zr = ByteReader(rec)
                guard try zr.peekU32(at: 0) == 0x0606_4b50 else {
                    throw ZipError.truncated(name, detail: "zip64 end record signature missing")
                }
                let c = try zr.peekU64(at: 32), s = try zr.peekU64(at: 40), o = try zr.peekU64(at: 48)
                let fileSize = UInt64(source.size)
                guard s <= fileSize, o <= fileSize else {
                    throw ZipError.truncated(name, detail: "zip64 directory outside the file")
                }
                count = c > UInt64(Int32.max) ? Int(Int32.max) : Int(c)
                cdSize = Int(s)
                cdOffset = Int(o)
            }
        }
        guard cdOffset <= eocd, cdSize <= eocd - cdOffset else {
            throw ZipError.truncated(name, detail: "central directory (offset \(cdOffset), size \(cdSize)) runs past the end record at \(eocd)")
        }
        return ZipDirectory(centralDirectoryOffset: cdOffset, centralDirectorySize: cdSize,
                            endRecordOffset: eocd, entryCount: count)
    }

    /// One central-directory record's local-header offset and name bytes, in directory order.
    struct Record {
        let localHeaderOffset: Int
        let flags: UInt16
        let nameBytes: ArraySlice<UInt8>
    }

    /// Walks the central directory (at most `limit` records); a record that runs out of the
    /// directory is a truncated archive.
    func records(_ source: ArchiveSource, name: String, limit: Int) throws -> [Record] {
        guard let cd = source.read(at: centralDirectoryOffset, count: centralDirectorySize) else {
            throw ZipError.truncated(name, detail: "central directory unreadable")
        }
        var r = ByteReader(cd)
        var out: [Record] = []
        out.reserveCapacity(min(entryCount, limit))
        do {
            while r.remaining >= 46, out.count < limit {
                guard try r.peekU32(at: r.offset) == 0x0201_4b50 else { break }
                let start = r.offset
                let flags = try r.peekU16(at: start + 8)
                let compressed = try r.peekU32(at: start + 20)
                let uncompressed = try r.peekU32(at: start + 24)
                let nameLen = Int(try r.peekU16(at: start + 28))
                let extraLen = Int(try r.peekU16(at: start + 30))
                let commentLen = Int(try r.peekU16(at: start + 32))
                var offset = UInt64(try r.peekU32(at: start + 42))
                let nameBytes = try r.slice(at: start + 46, count: nameLen)
                if offset == 0xFFFF_FFFF {
                    // The zip64 extra field lists, in order, only the fields that overflowed.
                    var x = try r.window(at: start + 46 + nameLen, count: extraLen)
                    while x.remaining >= 4 {
                        let id = try x.u16(), len = Int(try x.u16())
                        var field = try x.window(at: x.offset, count: len)
                        try x.skip(len)
                        guard id == 0x0001 else { continue }
                        if uncompressed == 0xFFFF_FFFF { _ = try field.u64() }
                        if compressed == 0xFFFF_FFFF { _ = try field.u64() }
                        offset = try field.u64()
                    }
                }
                try r.seek(start + 46)
                try r.skip(nameLen + extraLen + commentLen)
                out.append(Record(localHeaderOffset: offset > UInt64(Int.max) ? Int.max : Int(offset),
                                  flags: flags, nameBytes: nameBytes))
            }
        } catch {
            throw ZipError.truncated(name, detail: "central-directory record \(out.count) runs past the directory")
        }
        return out
    }
}
