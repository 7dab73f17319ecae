import CHTTPGet
import Foundation

/// One bounded HTTP GET of a policy URL: http/https only (also after redirects), at most
/// `maxRedirects` redirects, at most `maxBytes` of body (the transfer is cancelled as soon as it
/// is exceeded, whatever Content-Length claims), and one time limit for the whole exchange.
/// The transfer is libcurl's, loaded only when a policy is fetched (`CHTTPGet`): linking it, as
/// FoundationNetworking does, cost every scan its start-up and a dozen libraries it never uses.
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
        guard isHTTP(url) else { return (.failure(.scheme(url)), 0) }
        let end = Date().addingTimeInterval(timeout)
        var current = url
        var redirects = 0
        while true {
            let left = end.timeIntervalSinceNow
            guard left > 0 else { return (.failure(.timeout(timeout)), redirects) }
            var a = mingcha_http_answer()
            defer { mingcha_http_answer_free(&a) }
            // Policy pages are written for the app's WebView; say who is asking all the same.
            let ran = mingcha_http_get(current, userAgent, "text/html,text/plain;q=0.9,*/*;q=0.5", maxBytes,
                                       max(1, Int(left * 1000)), &a)
            let words = withUnsafeBytes(of: a.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if ran != 0 { return (.failure(.transport(words)), redirects) }
            if a.too_large != 0 { return (.failure(.tooLarge(maxBytes)), redirects) }
            if a.curl_code != 0 { return (.failure(failure(a.curl_code, words, url: current, timeout: timeout)), redirects) }
            if [301, 302, 303, 307, 308].contains(a.status), let location = a.location.map({ String(cString: $0) }) {
                redirects += 1
                // The scheme is judged on the Location as sent, not on what it resolves to.
                let asked = URL(string: location)?.scheme?.lowercased()
                let next = a.redirect_url.map { String(cString: $0) }
                guard asked == nil || asked == "http" || asked == "https", let next, isHTTP(next) else {
                    return (.failure(.scheme(asked != nil ? location : next ?? location)), redirects)
                }
                if redirects > maxRedirects { return (.failure(.tooManyRedirects(maxRedirects)), redirects) }
                current = next
                continue
            }
            guard (200..<300).contains(a.status) else { return (.failure(.http(a.status)), redirects) }
            let body = a.body.map { [UInt8](UnsafeBufferPointer(start: $0, count: a.body_length)) } ?? []
            let answer = Answer(body: body, finalURL: a.effective_url.map { String(cString: $0) } ?? current, status: a.status,
                                contentType: a.content_type.map { String(cString: $0) }, redirects: redirects)
            return (.success(answer), redirects)
        }
    }

    private static let userAgent = "Mozilla/5.0 (Linux; Android 12) Mingcha/\(Scanner.version) (privacy-policy reader)"

    private static func isHTTP(_ url: String) -> Bool {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), u.host != nil else { return false }
        return scheme == "http" || scheme == "https"
    }

    /// A tester-readable reason for a libcurl failure (its CURLcode numbers are part of its ABI).
    static func failure(_ code: Int32, _ words: String, url: String, timeout: Double) -> PolicyFetchError {
        switch code {
        case 28: return .timeout(timeout)                       // CURLE_OPERATION_TIMEDOUT
        case 1: return .scheme(url)                             // CURLE_UNSUPPORTED_PROTOCOL
        case 6: return .transport("host not found")             // CURLE_COULDNT_RESOLVE_HOST
        case 7: return .transport("connection refused")         // CURLE_COULDNT_CONNECT
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91:
            return .transport("TLS handshake or certificate failed")
        case 18, 52, 55, 56: return .transport("connection lost")
        default: return .transport(words.isEmpty ? "transfer failed (libcurl code \(code))" : words)
        }
    }
}
