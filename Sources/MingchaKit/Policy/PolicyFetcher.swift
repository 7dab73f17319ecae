import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One bounded HTTP GET of a policy URL: http/https only (also after redirects), at most
/// `maxRedirects` redirects, at most `maxBytes` of body (the transfer is cancelled as soon as it
/// is exceeded, whatever Content-Length claims), and one time limit for the whole exchange.
public enum PolicyFetcher {
    public struct Answer: Sendable {
        public var body: [UInt8]
        public var finalURL: String
        public var status: Int
        public var contentType: String?
        public var redirects: Int
    }

    /// Fetches `url`. On failure the error says why; `redirects` tells how far it got either way.
    public static func get(_ url: String, maxBytes: Int, timeout: Double, maxRedirects: Int) -> (Result<Answer, PolicyFetchError>, redirects: Int) {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https", u.host != nil else {
            return (.failure(.scheme(url)), 0)
        }
        let transfer = Transfer(maxBytes: maxBytes, maxRedirects: maxRedirects, timeout: timeout)
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        config.httpCookieStorage = nil
        let session = URLSession(configuration: config, delegate: transfer, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: u, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        // Policy pages are written for the app's WebView; say who is asking all the same.
        request.setValue("Mozilla/5.0 (Linux; Android 12) Mingcha/\(Scanner.version) (privacy-policy reader)", forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,text/plain;q=0.9,*/*;q=0.5", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        task.resume()
        if transfer.done.wait(timeout: .now() + timeout) == .timedOut {
            transfer.fail(.timeout(timeout))
            task.cancel()
            _ = transfer.done.wait(timeout: .now() + 2)
        }
        return transfer.outcome(requested: url)
    }
}

/// The delegate that enforces the bounds while the transfer runs.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maxBytes: Int, maxRedirects: Int, timeout: Double
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var redirects = 0
    private var response: HTTPURLResponse?
    private var failure: PolicyFetchError?
    private var finished = false

    init(maxBytes: Int, maxRedirects: Int, timeout: Double) {
        self.maxBytes = maxBytes; self.maxRedirects = maxRedirects; self.timeout = timeout
    }

    /// The first failure wins (a timeout stays a timeout after the cancel it causes).
    func fail(_ e: PolicyFetchError) { lock.lock(); if failure == nil { failure = e }; lock.unlock() }

    func outcome(requested: String) -> (Result<PolicyFetcher.Answer, PolicyFetchError>, redirects: Int) {
        lock.lock(); defer { lock.unlock() }
        if let failure { return (.failure(failure), redirects) }
        guard finished, let response else { return (.failure(.transport("no answer")), redirects) }
        guard (200..<300).contains(response.statusCode) else { return (.failure(.http(response.statusCode)), redirects) }
        let answer = PolicyFetcher.Answer(body: body, finalURL: response.url?.absoluteString ?? requested, status: response.statusCode,
                                          contentType: response.value(forHTTPHeaderField: "Content-Type"), redirects: redirects)
        return (.success(answer), redirects)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let count = redirects
        lock.unlock()
        // The Location header as sent: Foundation would quietly turn "file:///x" into a path on the
        // same server, so the scheme is judged on what the server asked for.
        let location = response.value(forHTTPHeaderField: "Location") ?? ""
        let asked = URL(string: location)?.scheme?.lowercased()
        let scheme = request.url?.scheme?.lowercased()
        if (asked != nil && asked != "http" && asked != "https") || (scheme != "http" && scheme != "https") {
            fail(.scheme(asked != nil ? location : request.url?.absoluteString ?? "?")); completionHandler(nil); task.cancel(); return
        }
        if count > maxRedirects {
            fail(.tooManyRedirects(maxRedirects)); completionHandler(nil); task.cancel(); return
        }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        // A declared length over the limit is refused before any body is read.
        if response.expectedContentLength > Int64(maxBytes) {
            fail(.tooLarge(maxBytes)); completionHandler(.cancel); return
        }
        lock.lock(); self.response = response as? HTTPURLResponse; lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let over = body.count + data.count > maxBytes
        if !over { body.append(contentsOf: data) }
        lock.unlock()
        // Content-Length can lie, and compressed bodies grow: count what actually arrives.
        if over { fail(.tooLarge(maxBytes)); dataTask.cancel() }
    }

    /// A tester-readable reason: URLError's own text on Linux is only a domain and number.
    static func reason(_ error: Error) -> String {
        guard let e = error as? URLError else { return "\(error)" }
        switch e.code {
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot: return "TLS handshake or certificate failed"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        default: return "URL error \(e.code.rawValue)"
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            if (error as? URLError)?.code == .timedOut { fail(.timeout(timeout)) } else { fail(.transport(Transfer.reason(error))) }
        }
        lock.lock(); finished = true; lock.unlock()
        done.signal()
    }
}
