/// Errors a tester reads. Every module throws its own typed enum conforming to this, so the
/// batch can record a stable `code` and a sentence that names the problem.
public protocol MingchaError: Error, CustomStringConvertible {
    /// Short stable identifier, e.g. `zip.bomb`, `axml.truncated`, `wxapkg.bad-appid`.
    var code: String { get }
}

/// A scan of one app that could not complete: which app, and why.
public struct ScanFailure: Error, CustomStringConvertible {
    public let app: String
    public let underlying: Error

    public init(app: String, underlying: Error) {
        self.app = app
        self.underlying = underlying
    }

    public var code: String {
        if let e = underlying as? MingchaError { return e.code }
        if underlying is ByteReaderError { return "bytes.malformed" }
        return "scan.error"
    }

    public var description: String { "\(app): \(underlying)" }
}
