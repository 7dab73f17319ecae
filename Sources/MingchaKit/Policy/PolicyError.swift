/// Why a policy document could not be read. Codes are stable for batch records.
public enum PolicyError: MingchaError, Equatable {
    /// The supplied file is missing or unreadable (path, reason).
    case unreadable(String, String)
    /// The bytes are not text in any encoding we read (binary data, a zip, an image).
    case notText(String, String)
    /// Nothing readable is left after decoding and extraction.
    case empty(String)
    /// The terms file `Signatures/policy-terms.json` is missing or malformed.
    case badTerms(String)

    public var code: String {
        switch self {
        case .unreadable: return "policy.unreadable"
        case .notText: return "policy.not-text"
        case .empty: return "policy.empty"
        case .badTerms: return "policy.bad-terms"
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(p, why): return "cannot read the policy file \(p): \(why)"
        case let .notText(p, why): return "\(p) is not a text or HTML policy: \(why)"
        case .empty(let p): return "\(p) holds no readable policy text"
        case .badTerms(let why): return "the policy term list (Signatures/policy-terms.json) cannot be loaded: \(why)"
        }
    }
}
