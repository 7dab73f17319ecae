/// One policy URL that `--fetch-policies` tried: what came back and where the copy was saved, so a
/// tester can open exactly the bytes the reader read.
public struct PolicyFetch: Codable, Hashable, Sendable {
    /// The URL as found in the package or supplied.
    public var url: String
    /// Where the package or list had it: "package" or "supplied".
    public var origin: String
    /// The URL of the answer after redirects.
    public var finalURL: String?
    public var redirects: Int
    public var httpStatus: Int?
    public var contentType: String?
    /// Body bytes received (up to the size limit).
    public var bytes: Int
    public var sha256: String?
    /// The saved copy (absolute path).
    public var savedAs: String?
    /// Whether the policy classifier took the text for a privacy policy, and why.
    public var isPolicy: Bool?
    public var verdict: String?
    /// Why nothing usable came back (`PolicyFetchError` code and message).
    public var errorCode: String?
    public var error: String?

    public init(url: String, origin: String) {
        self.url = url; self.origin = origin; self.redirects = 0; self.bytes = 0
    }
}

/// How policy URLs are fetched: where copies go and the bounds on each request.
public struct PolicyFetchSettings: Sendable {
    /// Folder the fetched copies are saved in (created when needed).
    public var directory: String
    /// URLs tried per app, best-ranked first; fetching stops at the first privacy policy.
    public var maxURLs = 3
    /// Whole-request time limit per URL, seconds (connection, redirects and body together).
    public var timeoutSeconds = 20.0
    public var maxRedirects = 5

    public init(directory: String) { self.directory = directory }
}
