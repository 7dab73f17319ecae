import Foundation

/// A file built piece by piece in a scratch folder and renamed over its target when complete, so
/// a batch can write an output of thousands of apps without holding it in memory, and a reader
/// still sees the old file, no file, or the whole new one (as with `AtomicFile`, likewise not
/// synced). The scratch folder must be on the target's file system; a batch's is its `tmp/`,
/// emptied at the start of every run, so a killed run leaves nothing behind for long.
final class SpoolFile {
    let target: URL
    let url: URL
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes appended so far.
    private(set) var size = 0

    init(target: URL, scratch: URL) throws {
        self.target = target
        url = scratch.appendingPathComponent("\(target.lastPathComponent).\(UUID().uuidString).part")
        fd = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(Self.chunk)
    }

    deinit {
        // Never committed (an error on the way): the half-built file goes.
        if fd >= 0 { close(fd); unlink(url.path) }
    }

    static let chunk = 1 << 16

    func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        size += text.utf8.count
        if buffer.count >= Self.chunk { try flush() }
    }

    func append<Bytes: Collection>(bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        size += bytes.count
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
        let failure = buffer.withUnsafeBytes { writeAll(fd, $0) }
        guard failure == 0 else { throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(failure))) }
        buffer.removeAll(keepingCapacity: true)
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
            var got = 0
            while got < count {
                let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, count - got, offset + off_t(got)) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFile.WriteError(path: path, reason: "reading back: " + String(cString: strerror(errno)))
                }
                if n == 0 { break }
                got += n
            }
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
