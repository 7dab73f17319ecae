import Glibc

// Whole reads and writes on a file descriptor.

/// Writes every byte to a descriptor, going on after short writes and interruptions.
/// Returns 0, or the errno of the write that failed.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
    var done = 0
    while done < bytes.count {
        let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        done += n
    }
    return 0
}

/// Reads `buffer.count` bytes at `offset`, going on after short reads and interruptions; fewer
/// only where the file ends. Returns the bytes read, and 0 or the errno of the read that failed.
func readAll(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> (count: Int, error: Int32) {
    var done = 0
    while done < buffer.count {
        let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if n < 0 {
            if errno == EINTR { continue }
            return (done, errno)
        }
        if n == 0 { break }
        done += n
    }
    return (done, 0)
}
