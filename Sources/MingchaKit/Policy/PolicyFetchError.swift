/// Why a policy URL gave no document. Codes are stable for batch records.
public enum PolicyFetchError: MingchaError, Equatable {
    /// Only http and https are fetched (file:, ftp:, data: and the like never are).
    case scheme(String)
    /// The server kept redirecting (limit).
    case tooManyRedirects(Int)
    /// The body is larger than the policy size limit (limit in bytes).
    case tooLarge(Int)
    /// No complete answer within the time limit (seconds).
    case timeout(Double)
    /// The server answered with an error status.
    case http(Int)
    /// The connection failed (DNS, refused, TLS...).
    case transport(String)
    /// The saved copy could not be written (path, reason).
    case save(String, String)

    public var code: String {
        switch self {
        case .scheme: return "fetch.scheme"
        case .tooManyRedirects: return "fetch.redirects"
        case .tooLarge: return "fetch.too-large"
        case .timeout: return "fetch.timeout"
        case .http: return "fetch.http-status"
        case .transport: return "fetch.transport"
        case .save: return "fetch.save"
        }
    }

    public var description: String {
        switch self {
        case .scheme(let u): return "not fetched: only http and https URLs are followed (\(u))"
        case .tooManyRedirects(let n): return "stopped after \(n) redirects"
        case .tooLarge(let n): return "the answer is larger than the policy size limit of \(n) bytes (raise it with --limit policy-mb=N)"
        case .timeout(let s): return "no complete answer within \(PolicyFetchError.seconds(s)) s"
        case .http(let s): return "the server answered HTTP \(s)"
        case .transport(let why): return "connection failed: \(why)"
        case let .save(p, why): return "cannot save the fetched copy to \(p): \(why)"
        }
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }
}
