import CLibzip
import Foundation

/// A zip (APK, bundle, nested APK) read in place through libzip, with the app's limits enforced
/// and Android's tolerance: the encryption flag is ignored, unknown methods on stored data are
/// read as stored (and, as apksigner does, inflated when the sizes show compression), the first of duplicate names wins, bytes before the first local header are
/// skipped. Entries are inflated by `Inflater` from libzip's raw data, so sizes are enforced
/// while inflating. Reads are serialised per archive (libzip handles are not thread-safe).
public final class ZipArchive: @unchecked Sendable {
    public let name: String
    public let limits: ScanLimits
    public let budget: InflateBudget
    /// Unique names, first central-directory entry wins, in central-directory order.
    public let entries: [ZipEntry]
    /// Names that occur more than once in the central directory (only the first is read).
    public let duplicateNames: [String]
    /// Offset of the central directory: the APK Signing Block ends right before it.
    public var centralDirectoryOffset: Int? { directory.centralDirectoryOffset }
    /// Size of the archive in bytes.
    public var size: Int { source.size }
    /// Non-standard things Android tolerates and this reader accepted, for the report.
    public let anomalies: [String]

    let source: ArchiveSource
    let directory: ZipDirectory
    private let localHeaderOffsets: [Int]   // by libzip index
    private let rawNames: [[UInt8]]          // by entries position
    private let byName: [String: Int]
    private let zip: OpaquePointer
    private let lock = NSLock()

    public convenience init(path: String, limits: ScanLimits, budget: InflateBudget) throws {
        let name = (path as NSString).lastPathComponent
        try self.init(source: ArchiveSource(path: path, name: name), name: name, limits: limits, budget: budget)
    }

    public convenience init(bytes: [UInt8], name: String, limits: ScanLimits, budget: InflateBudget) throws {
        try self.init(source: ArchiveSource(bytes: bytes), name: name, limits: limits, budget: budget)
    }

    init(source: ArchiveSource, name: String, limits: ScanLimits, budget: InflateBudget) throws {
        self.name = name
        self.limits = limits
        self.budget = budget
        self.source = source
        let dir = try ZipDirectory.locate(source, name: name)
        // The end record's count, and then the records actually present, are checked before
        // libzip allocates one structure per entry.
        guard dir.entryCount <= limits.maxEntries else {
            throw ZipError.tooManyEntries(name, count: dir.entryCount, limit: limits.maxEntries)
        }
        self.directory = dir
        let records = try dir.records(source, name: name, limit: limits.maxEntries + 1)
        guard records.count <= limits.maxEntries else {
            throw ZipError.tooManyEntries(name, count: records.count, limit: limits.maxEntries)
        }

        let z = try source.openZip(name: name)
        let count = Int(zip_get_num_entries(z, 0))
        guard count == records.count else {
            zip_discard(z)
            throw ZipError.truncated(name, detail: "libzip read \(count) entries, the directory holds \(records.count)")
        }

        var list: [ZipEntry] = []
        var raw: [[UInt8]] = []
        var index: [String: Int] = [:]
        var dups = Set<String>()
        var flagged = 0, bogus = 0
        list.reserveCapacity(count)
        index.reserveCapacity(count)
        for i in 0..<count {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(z, zip_uint64_t(i), zip_flags_t(ZIP_FL_ENC_RAW), &st) == 0,
                  let namePtr = st.name,
                  let comp = Int(exactly: st.comp_size), let size = Int(exactly: st.size) else {
                zip_discard(z)
                throw ZipError.truncated(name, detail: "central-directory record \(i) unreadable")
            }
            let len = strlen(namePtr)
            let nameBytes = [UInt8](UnsafeRawBufferPointer(start: namePtr, count: len))
            guard nameBytes.elementsEqual(records[i].nameBytes) else {
                zip_discard(z)
                // libzip stops a name at NUL; Android's reader refuses names holding NUL.
                if records[i].nameBytes.contains(0) {
                    throw ZipError.badEntryName(name, index: i, detail: "it contains a NUL byte")
                }
                throw ZipError.truncated(name, detail: "entry \(i): libzip and the central directory disagree on its name")
            }
            let entryName = String(decoding: nameBytes, as: UTF8.self)
            let encrypted = (records[i].flags & 1) != 0
            if encrypted { flagged += 1 }
            let method = Int(st.comp_method)
            if method != 0 && method != 8 { bogus += 1 }
            if index[entryName] != nil { dups.insert(entryName); continue }
            index[entryName] = list.count
            list.append(ZipEntry(name: entryName, index: i, compressedSize: comp, uncompressedSize: size,
                                 method: method, crc32: st.crc, encryptedFlag: encrypted))
            raw.append(nameBytes)
        }
        self.zip = z
        self.entries = list
        self.rawNames = raw
        self.byName = index
        self.localHeaderOffsets = records.map(\.localHeaderOffset)
        self.duplicateNames = dups.sorted()
        var notes: [String] = []
        if flagged > 0 { notes.append("encryption flag set on \(flagged) entr\(flagged == 1 ? "y" : "ies"); read as plain data, as Android does") }
        if bogus > 0 { notes.append("\(bogus) entr\(bogus == 1 ? "y uses" : "ies use") an unknown compression method; read as stored when the sizes match, as Android does, else inflated, as apksigner does") }
        if !dups.isEmpty { notes.append("\(dups.count) duplicate entry name(s); the first central-directory entry is used (Android 4.4+ refuses to install such a package)") }
        if let first = records.map(\.localHeaderOffset).min(), first > 0 {
            notes.append("\(first) byte(s) before the first local header")
        }
        self.anomalies = notes
    }

    deinit { zip_discard(zip) }

    public func entry(_ name: String) -> ZipEntry? {
        byName[name].map { entries[$0] }
    }

    /// The inflated bytes of a named entry, nil when the archive has none.
    public func read(_ name: String) throws -> [UInt8]? {
        guard let e = entry(name) else { return nil }
        return try read(e)
    }

    /// The inflated bytes of an entry, after the per-entry, ratio and per-app limits.
    public func read(_ entry: ZipEntry) throws -> [UInt8] {
        try ScanDeadline.current.check()   // every entry read is a point where a slow scan stops
        guard let pos = byName[entry.name], entries[pos] == entry else {
            throw ZipError.unreadable(name, detail: "entry \(entry.name) does not belong to this archive")
        }
        let declared = entry.uncompressedSize
        // Unknown methods: equal sizes mean stored (Android); otherwise try DEFLATE (apksigner).
        let unknownMethod = entry.method != 0 && entry.method != 8
        let stored = entry.method == 0 || (unknownMethod && entry.compressedSize == declared)
        if declared > limits.ratioFloorBytes,
           entry.compressedSize == 0 || declared / max(1, entry.compressedSize) > limits.maxCompressionRatio {
            throw ZipError.bomb(name, entry: entry.name, compressed: entry.compressedSize, inflated: declared,
                                ratioLimit: limits.maxCompressionRatio)
        }
        guard declared <= limits.maxEntryBytes, entry.compressedSize <= limits.maxEntryBytes else {
            throw ZipError.entryTooLarge(name, entry: entry.name, size: max(declared, entry.compressedSize), limit: limits.maxEntryBytes)
        }
        if stored && entry.compressedSize != declared {
            throw ZipError.sizeMismatch(name, entry: entry.name, declared: declared, actual: "\(entry.compressedSize) stored bytes")
        }
        try checkLocalHeader(entry, rawName: rawNames[pos])
        try budget.consume(declared)
        do {
            let data = try rawData(entry)
            let out: [UInt8]
            if stored {
                out = data
            } else {
                let result = Inflater.inflate(data, declared: declared)
                if unknownMethod {
                    guard case .ok = result else { throw ZipError.unsupportedMethod(name, entry: entry.name, method: entry.method) }
                }
                switch result {
                case .ok(let bytes): out = bytes
                case .tooLong:
                    throw ZipError.sizeMismatch(name, entry: entry.name, declared: declared, actual: "more")
                case .tooShort(let n):
                    throw ZipError.sizeMismatch(name, entry: entry.name, declared: declared, actual: "\(n)")
                case .corrupt(let why):
                    throw ZipError.corruptData(name, entry: entry.name, detail: why)
                }
            }
            guard Inflater.crc32(out) == entry.crc32 else { throw ZipError.crcMismatch(name, entry: entry.name) }
            return out
        } catch {
            budget.refund(declared)
            throw error
        }
    }

    /// Raw bytes of the archive itself (for the APK Signing Block); nil outside the archive.
    public func readRaw(at offset: Int, count: Int) -> [UInt8]? {
        guard count <= limits.maxEntryBytes else { return nil }
        return source.read(at: offset, count: count)
    }

    /// Android compares the local header with the directory: same name, and (without a data
    /// descriptor) the same CRC and sizes. A header that disagrees is a lie aimed at one reader.
    private func checkLocalHeader(_ entry: ZipEntry, rawName: [UInt8]) throws {
        guard entry.index < localHeaderOffsets.count,
              let head = source.read(at: localHeaderOffsets[entry.index], count: 30 + rawName.count) else {
            throw ZipError.truncated(name, detail: "local header of \(entry.name) lies outside the file")
        }
        let r = ByteReader(head)
        guard try r.peekU32(at: 0) == 0x0403_4b50 else {
            throw ZipError.localHeaderMismatch(name, entry: entry.name, detail: "no local-header signature")
        }
        let flags = try r.peekU16(at: 6)
        let nameLen = Int(try r.peekU16(at: 26))
        guard nameLen == rawName.count, head[30...].elementsEqual(rawName) else {
            throw ZipError.localHeaderMismatch(name, entry: entry.name, detail: "the local header names another file")
        }
        if flags & 0x8 == 0 {
            let crc = try r.peekU32(at: 14), comp = try r.peekU32(at: 18), size = try r.peekU32(at: 22)
            let zip64 = comp == 0xFFFF_FFFF || size == 0xFFFF_FFFF
            if crc != entry.crc32 || (!zip64 && (Int(comp) != entry.compressedSize || Int(size) != entry.uncompressedSize)) {
                throw ZipError.localHeaderMismatch(name, entry: entry.name,
                    detail: "local header says \(comp)/\(size) bytes, crc \(String(crc, radix: 16)); directory says \(entry.compressedSize)/\(entry.uncompressedSize), crc \(String(entry.crc32, radix: 16))")
            }
        }
    }

    /// The entry's data exactly as stored (still compressed, never decrypted), through libzip.
    private func rawData(_ entry: ZipEntry) throws -> [UInt8] {
        let count = entry.compressedSize
        guard count <= source.size else {
            throw ZipError.truncated(name, detail: "entry \(entry.name) claims \(count) bytes, more than the file holds")
        }
        lock.lock(); defer { lock.unlock() }
        guard let f = zip_fopen_index(zip, zip_uint64_t(entry.index), zip_flags_t(ZIP_FL_ENCRYPTED)) else {
            let msg = String(cString: zip_strerror(zip))
            throw ZipError.truncated(name, detail: "entry \(entry.name): \(msg)")
        }
        defer { zip_fclose(f) }
        var ok = true
        let data = [UInt8](unsafeUninitializedCapacity: count) { buf, initialized in
            var done = 0
            while done < count, let base = buf.baseAddress {
                let n = zip_fread(f, base + done, zip_uint64_t(count - done))
                if n <= 0 { ok = false; break }
                done += Int(n)
            }
            initialized = ok ? count : 0
        }
        guard ok else { throw ZipError.truncated(name, detail: "entry \(entry.name) data ends early") }
        return data
    }

    static func openError(_ code: Int32, name: String) -> ZipError {
        switch code {
        case ZIP_ER_NOZIP: return .notAZip(name)
        case ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_SEEK:
            return .truncated(name, detail: "libzip: \(zipErrorText(code))")
        default: return .unreadable(name, detail: "libzip: \(zipErrorText(code))")
        }
    }

    static func zipErrorText(_ code: Int32) -> String {
        var err = zip_error_t()
        zip_error_init_with_code(&err, code)
        defer { zip_error_fini(&err) }
        return String(cString: zip_error_strerror(&err))
    }
}
