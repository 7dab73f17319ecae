import CLibzip
import Foundation

/// The bytes of one archive: a file read with positioned reads (thread-safe, nothing loaded up
/// front) or a buffer (a nested APK of a bundle). Also hands libzip a source over the same bytes.
final class ArchiveSource: @unchecked Sendable {
    let size: Int
    private let fd: Int32
    private let buffer: UnsafeMutableRawBufferPointer?
    let path: String?

    init(path: String, name: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ZipError.unreadable(name, detail: String(cString: strerror(errno))) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ZipError.unreadable(name, detail: "not a regular file")
        }
        self.fd = fd
        self.size = Int(st.st_size)
        self.buffer = nil
        self.path = path
    }

    init(bytes: [UInt8]) {
        let buf = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        bytes.withUnsafeBytes { src in
            if let base = src.baseAddress, let dst = buf.baseAddress { dst.copyMemory(from: base, byteCount: src.count) }
        }
        self.buffer = buf
        self.size = bytes.count
        self.fd = -1
        self.path = nil
    }

    deinit {
        if fd >= 0 { close(fd) }
        buffer?.deallocate()
    }

    /// `count` bytes at `offset`, or nil when the range leaves the archive.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
        if count == 0 { return [] }
        if let buffer = buffer, let base = buffer.baseAddress {
            return [UInt8](UnsafeRawBufferPointer(start: base + offset, count: count))
        }
        var ok = false
        let out = [UInt8](unsafeUninitializedCapacity: count) { dst, initialized in
            let got = readAll(fd, UnsafeMutableRawBufferPointer(dst), at: offset)
            ok = got.error == 0 && got.count == count
            initialized = ok ? count : 0
        }
        return ok ? out : nil
    }

    /// A libzip archive over these bytes.
    func openZip(name: String) throws -> OpaquePointer {
        var err = zip_error_t()
        zip_error_init(&err)
        defer { zip_error_fini(&err) }
        let src: OpaquePointer?
        if let buffer = buffer {
            src = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(size), 0, &err)
        } else if let path = path {
            src = zip_source_file_create(path, 0, -1, &err)
        } else {
            src = nil
        }
        guard let source = src else { throw ZipArchive.openError(zip_error_code_zip(&err), name: name) }
        guard let z = zip_open_from_source(source, ZIP_RDONLY, &err) else {
            zip_source_free(source)
            throw ZipArchive.openError(zip_error_code_zip(&err), name: name)
        }
        return z
    }
}
