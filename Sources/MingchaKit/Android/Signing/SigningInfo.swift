/// What an APK's signatures say about who signed it. Read, not verified: a broken block is a
/// recorded problem, and the scan goes on.
public struct SigningInfo: Codable, Sendable, Equatable {
    /// Schemes present, in order: "v1", "v2", "v3", "v3.1".
    public var schemes: [String] = []
    /// Certificates per scheme and signer, the signing certificate of each signer first.
    public var certificates: [CertificateInfo] = []
    /// Malformed or unreadable parts, as "code: sentence".
    public var problems: [String] = []
    /// IDs of every pair in the APK Signing Block (hex), including non-signature ones
    /// (channel markers such as 0x71777777, verity padding, Play metadata).
    public var blockIds: [String] = []

    public init() {}

    /// The distinct signing certificates (chain position 0), in scheme order.
    public var signerCertificates: [CertificateInfo] {
        var seen = Set<String>()
        return certificates.filter { $0.chainIndex == 0 && seen.insert($0.sha256).inserted }
    }
}

public struct CertificateInfo: Codable, Sendable, Hashable {
    /// "v1", "v2", "v3" or "v3.1".
    public var scheme: String
    /// Which signer of that scheme (0-based), and the position in its certificate list.
    public var signer: Int
    public var chainIndex: Int
    /// For v1 the signature file (META-INF/CERT.RSA); for v2/v3 nil (the signing block).
    public var file: String?
    /// RFC 2253 one-line names, UTF-8 kept readable.
    public var subject: String
    public var issuer: String
    /// Serial number, lowercase hex.
    public var serial: String
    /// ISO 8601 UTC.
    public var notBefore: String
    public var notAfter: String
    /// Fingerprints of the DER certificate, lowercase hex.
    public var sha256: String
    public var sha1: String
    public var md5: String
    public var keyAlgorithm: String
    public var keyBits: Int
    public var signatureAlgorithm: String
    /// v3 / v3.1 signers: the platform range they apply to.
    public var minSdk: Int?
    public var maxSdk: Int?

    public var evidence: Evidence {
        Evidence(.signing, file: file ?? "APK Signing Block", location: "\(scheme) signer \(signer + 1)",
                 detail: "\(subject) (SHA-256 \(sha256))")
    }
}
