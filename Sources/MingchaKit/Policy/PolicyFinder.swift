/// A file in a package that may be a privacy policy (asset, res/raw, mini-program page).
public struct PolicyCandidate: Sendable {
    /// Path inside the package.
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
}

/// Decides which policy a scan reads and summarises it for the rules.
///
/// Contract used by the scanner: keep this signature; add freely.
public enum PolicyFinder {
    /// The supplied file wins; else the best in-package candidate whose text is a privacy policy;
    /// else `.linked` when only URLs were found; else `.absent`.
    /// Throws only when the supplied file cannot be read.
    public static func summary(suppliedPath: String?, candidates: [PolicyCandidate], urls: [String],
                               limits: ScanLimits) throws -> PolicySummary {
        throw PipelineError.unsupported(suppliedPath ?? "policy", "the policy reader is not wired in yet")
    }
}
