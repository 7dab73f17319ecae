import Foundation

/// Writes a whole file so that a reader sees the old file, no file, or the new one, never a
/// part: the bytes go to a hidden file beside the target, which is then renamed over it.
///
/// No fsync: these files are reports and batch results that can be made again. A batch result
/// that a power cut leaves empty or cut short does not decode and is scanned again, and every
/// batch output is rewritten on each run. A sync per file cost a batch about 1 ms of waiting per
/// app (two per scanned app, one per written page), with nothing running on the core meanwhile.
public enum AtomicFile {
    public struct WriteError: MingchaError {
        public let path: String
        public let reason: String
        public var code: String { "output.write" }
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try $0.append(bytes: data) }
    }

    /// The text's UTF-8 bytes, written from the string itself (no copy into `Data` first).
    public static func write(_ text: String, to url: URL) throws {
        try write(to: url) { try $0.append(text) }
    }

    private static func write(to url: URL, _ fill: (SpoolFile) throws -> Void) throws {
        let file = try SpoolFile(target: url, scratch: url.deletingLastPathComponent())
        try fill(file)
        try file.commit()
    }
}
