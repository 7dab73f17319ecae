import Foundation

/// A batch folder's `results.jsonl` read a piece at a time: first where each line is, then any
/// line again by its place. `merge` indexes every record of every shard this way and reads them
/// back one by one in input order, so it never holds a whole batch's reports.
final class RecordLines {
    /// A non-empty line: its byte range and its 1-based line number (for messages).
    struct Place { var offset: Int; var length: Int; var number: Int }

    let folder: String
    private let fd: Int32

    init(folder dir: URL) throws {
        folder = dir.path
        fd = open(dir.appendingPathComponent("results.jsonl").path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw BatchError.mergeInput(dir.path, "no results.jsonl (is it a batch output folder?)") }
    }

    deinit { close(fd) }

    /// Calls `body` with each non-empty line and its place, in file order.
    func forEach(_ body: (Place, ArraySlice<UInt8>) throws -> Void) throws {
        var pending: [UInt8] = []       // the start of a line not yet ended
        var pendingOffset = 0
        var offset = 0
        var number = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = try read(into: &chunk, at: offset)
            if n == 0 { break }
            var start = 0
            for i in 0..<n where chunk[i] == UInt8(ascii: "\n") {
                number += 1
                let line: ArraySlice<UInt8>
                let lineOffset: Int
                if pending.isEmpty { line = chunk[start..<i]; lineOffset = offset + start } else {
                    pending += chunk[start..<i]; line = pending[...]; lineOffset = pendingOffset
                }
                if !line.isEmpty { try body(Place(offset: lineOffset, length: line.count, number: number), line) }
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            if start < n {
                if pending.isEmpty { pendingOffset = offset + start }
                pending += chunk[start..<n]
            }
            offset += n
        }
        if !pending.isEmpty {
            number += 1
            try body(Place(offset: pendingOffset, length: pending.count, number: number), pending[...])
        }
    }

    /// The line at `place`, read again.
    func line(at place: Place) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: place.length)
        let got = bytes.withUnsafeMutableBytes { readAll(fd, $0, at: place.offset) }
        if got.error != 0 { throw BatchError.mergeInput(folder, "cannot read results.jsonl: \(String(cString: strerror(got.error)))") }
        if got.count < place.length { throw BatchError.mergeInput(folder, "results.jsonl changed while it was being merged") }
        return bytes
    }

    private func read(into buffer: inout [UInt8], at offset: Int) throws -> Int {
        let got = buffer.withUnsafeMutableBytes { readAll(fd, $0, at: offset) }
        if got.error != 0 { throw BatchError.mergeInput(folder, "cannot read results.jsonl: \(String(cString: strerror(got.error)))") }
        return got.count
    }
}
