import Foundation

/// A file built piece by piece under a hidden name in a scratch folder and renamed over its
/// target when complete, so a reader sees the old file, no file, or the whole new one (not
/// synced; see `AtomicFile`, which writes through it). A batch builds its outputs of thousands of
/// apps this way without holding them in memory. The scratch folder must be on the target's file
/// system: the target's own folder, or a batch's `tmp/`, emptied at the start of every run, so a
/// killed run leaves nothing behind for long.
final class SpoolFile {
    let target: URL
    let url: URL
    private var fd: Int32
    private var buffer: [UInt8] = []

    init(target: URL, scratch: URL) throws {
        self.target = target
        url = scratch.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        fd = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        // Never committed (an error on the way): the half-built file goes.
        if fd >= 0 { close(fd); unlink(url.path) }
    }

    static let chunk = 1 << 16

    func append(_ text: String) throws { try append(bytes: text.utf8) }

    func append<Bytes: Collection>(bytes: Bytes) throws where Bytes.Element == UInt8 {
        // A large piece goes straight to the file rather than through the buffer.
        if bytes.count >= Self.chunk, let written = try bytes.withContiguousStorageIfAvailable({ b -> Bool in
            try flush()
            try write(UnsafeRawBufferPointer(b))
            return true
        }), written { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Appends everything another spool holds.
    func append(contentsOf other: SpoolFile) throws {
        try other.flush()
        var reader = try other.reader()
        while let piece = try reader.next(upTo: Self.chunk) { try append(bytes: piece) }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        let failure = writeAll(fd, bytes)
        guard failure == 0 else { throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(failure))) }
    }

    /// Reads the spool from its start (after a flush), in pieces of a given size.
    func reader() throws -> Reader {
        try flush()
        return Reader(fd: fd, path: target.path)
    }

    struct Reader {
        let fd: Int32
        let path: String
        var offset: off_t = 0

        /// The next `count` bytes, fewer at the end, nil when none are left.
        mutating func next(upTo count: Int) throws -> [UInt8]? {
            var out = [UInt8](repeating: 0, count: count)
            let read = out.withUnsafeMutableBytes { readAll(fd, $0, at: Int(offset)) }
            if read.error != 0 { throw AtomicFile.WriteError(path: path, reason: "reading back: " + String(cString: strerror(read.error))) }
            let got = read.count
            offset += off_t(got)
            guard got > 0 else { return nil }
            out.removeLast(count - got)
            return out
        }
    }

    /// Renames the finished file over its target.
    func commit() throws {
        try flush()
        let closed = close(fd)
        let failure = closed != 0 ? errno : (rename(url.path, target.path) != 0 ? errno : 0)
        fd = -1
        if failure != 0 {
            unlink(url.path)
            throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(failure)))
        }
    }

    /// Drops the file without touching its target.
    func discard() {
        if fd >= 0 { close(fd); unlink(url.path); fd = -1 }
    }
}
