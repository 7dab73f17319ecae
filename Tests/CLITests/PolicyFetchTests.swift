import Foundation
import XCTest
@testable import MingchaKit

/// The bounds of one policy download, against a real socket on 127.0.0.1.
final class PolicyFetchTests: XCTestCase {
    static let gbkPolicy = try! [UInt8](Data(contentsOf: MingchaPaths.testFixtures.appendingPathComponent("policy/fetched-policy-gbk.html")))
    static let agreement = try! [UInt8](Data(contentsOf: MingchaPaths.testFixtures.appendingPathComponent("policy/user-agreement.html")))

    var server: LocalHTTPServer!

    override func setUpWithError() throws {
        let big = LocalHTTPServer.Response(stream: 10 << 20)
        server = try LocalHTTPServer(routes: [
            "/privacy.html": .init(headers: [("Content-Type", "text/html")], body: Self.gbkPolicy),
            "/agreement.html": .init(headers: [("Content-Type", "text/html")], body: Self.agreement),
            "/r1": .redirect("/r2"), "/r2": .redirect("/r3", status: 301), "/r3": .redirect("/privacy.html", status: 307),
            "/loop": .redirect("/loop"),
            "/to-file": .redirect("file:///etc/passwd"),
            "/endless": big,
            "/lying-length": .init(body: Array("short".utf8), claimedLength: 50 << 20),
            "/slow": .init(body: Self.gbkPolicy, delay: 5),
            "/gone": .init(status: 410, body: Array("gone".utf8)),
        ])
    }

    override func tearDown() { server.stop() }

    func get(_ path: String, maxBytes: Int = 1 << 20, timeout: Double = 10) -> (Result<PolicyFetcher.Answer, PolicyFetchError>, redirects: Int) {
        PolicyFetcher.get(server.url(path), maxBytes: maxBytes, timeout: timeout, maxRedirects: 5)
    }

    func error(_ r: (Result<PolicyFetcher.Answer, PolicyFetchError>, redirects: Int)) -> PolicyFetchError? {
        if case .failure(let e) = r.0 { return e }
        return nil
    }

    func testAnAnswerComesBackByteForByte() throws {
        let r = get("/privacy.html")
        let answer = try r.0.get()
        XCTAssertEqual(answer.body, Self.gbkPolicy)
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.contentType, "text/html")
        XCTAssertEqual(r.redirects, 0)
    }

    func testRedirectsAreFollowedAndCounted() throws {
        let r = get("/r1")
        let answer = try r.0.get()
        XCTAssertEqual(r.redirects, 3)
        XCTAssertEqual(answer.finalURL, server.url("/privacy.html"))
        XCTAssertEqual(answer.body, Self.gbkPolicy)
    }

    func testARedirectLoopStopsAtTheLimit() {
        let r = get("/loop")
        XCTAssertEqual(error(r), .tooManyRedirects(5))
        XCTAssertEqual(r.redirects, 6)
        XCTAssertLessThanOrEqual(server.requests.count, 7, "the loop was followed past the limit")
    }

    func testOnlyHTTPIsEverFollowed() {
        XCTAssertEqual(error(get("/to-file")), .scheme("file:///etc/passwd"))
        let direct = PolicyFetcher.get("file:///etc/passwd", maxBytes: 1000, timeout: 5, maxRedirects: 5)
        XCTAssertEqual(direct.0.failureCode, "fetch.scheme")
        let ftp = PolicyFetcher.get("ftp://127.0.0.1/x", maxBytes: 1000, timeout: 5, maxRedirects: 5)
        XCTAssertEqual(ftp.0.failureCode, "fetch.scheme")
    }

    func testAnEndlessBodyIsCutAtTheSizeLimit() {
        let start = Date()
        XCTAssertEqual(error(get("/endless", maxBytes: 100_000)), .tooLarge(100_000))
        XCTAssertLessThan(Date().timeIntervalSince(start), 8)
    }

    func testALyingContentLengthIsRefusedBeforeTheBody() {
        XCTAssertEqual(error(get("/lying-length", maxBytes: 1 << 20)), .tooLarge(1 << 20))
    }

    func testASlowServerTimesOut() {
        let start = Date()
        XCTAssertEqual(error(get("/slow", timeout: 1)), .timeout(1))
        XCTAssertLessThan(Date().timeIntervalSince(start), 4, "the time limit was not enforced")
    }

    func testErrorStatusesAndRefusedConnectionsAreFailures() {
        XCTAssertEqual(error(get("/gone")), .http(410))
        XCTAssertEqual(error(get("/nothing-here")), .http(404))
        let refused = PolicyFetcher.get("http://127.0.0.1:1/privacy.html", maxBytes: 1000, timeout: 5, maxRedirects: 5)
        XCTAssertEqual(refused.0.failureCode, "fetch.transport")
        XCTAssertEqual(error(refused), .transport("connection refused"))
    }

    /// libcurl is loaded when a policy is fetched, not linked: a scan does not pay for loading it
    /// and the TLS, Kerberos and LDAP libraries it pulls in (about 8 ms per process here).
    func testTheBinaryDoesNotLinkLibcurl() throws {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [CLI.binary]
        let pipe = Pipe()
        ldd.standardOutput = pipe
        try ldd.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        XCTAssertTrue(text.contains("libzip"), text)
        XCTAssertFalse(text.contains("libcurl"), text)
    }

    // MARK: the finder with fetching

    func settings(_ dir: URL) -> PolicyFetchSettings {
        var s = PolicyFetchSettings(directory: dir.path)
        s.timeoutSeconds = 5
        return s
    }

    func testPackageURLsArePrivacyFirstAndFetchingStopsAtThePolicy() throws {
        let dir = try Scratch.folder("fetch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = [server.url("/agreement.html"), server.url("/privacy.html"), server.url("/r1")]
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [], urls: urls, limits: ScanLimits(),
                                         suppliedURLs: [], fetch: settings(dir))
        XCTAssertEqual(s.availability, .fetched)
        XCTAssertEqual(server.requests, ["/privacy.html"], "the privacy URL is tried first and is enough")
        let f = try XCTUnwrap(s.fetches?.first)
        XCTAssertEqual(f.origin, "package")
        XCTAssertEqual(f.isPolicy, true)
        let saved = try XCTUnwrap(f.savedAs)
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: saved))), Self.gbkPolicy)
        XCTAssertEqual(f.sha256, Hashing.sha256Hex(Self.gbkPolicy))
        XCTAssertTrue(saved.hasPrefix(dir.standardizedFileURL.path))
        // Read as the GBK page it is: the phone number and device identifier sentence is evidence.
        let phone = try XCTUnwrap(s.mention(of: InfoType(rawValue: "phone_number")))
        XCTAssertTrue(phone.evidence.contains { ($0.detail ?? "").contains("手机号码") })
        XCTAssertEqual(s.source.first?.file, saved)
        XCTAssertTrue(s.deletion.described)
    }

    func testAPageThatIsNotAPolicyIsRecordedAndTheNextURLTried() throws {
        let dir = try Scratch.folder("fetch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [], urls: [server.url("/privacy.html")], limits: ScanLimits(),
                                         suppliedURLs: [server.url("/agreement.html")], fetch: settings(dir))
        XCTAssertEqual(server.requests, ["/agreement.html", "/privacy.html"], "supplied URLs come first")
        XCTAssertEqual(s.fetches?.map(\.isPolicy), [false, true])
        XCTAssertEqual(s.fetches?.map(\.origin), ["supplied", "package"])
        XCTAssertEqual(s.availability, .fetched)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).count, 2, "both answers are kept for the tester")
    }

    func testFailedFetchesLeaveTheInPackagePolicyAndSayWhy() throws {
        let dir = try Scratch.folder("fetch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inPackage = PolicyCandidate(path: "assets/privacy.html", bytes: Self.gbkPolicy)
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [inPackage], urls: [server.url("/privacy-gone"), server.url("/loop")],
                                         limits: ScanLimits(), suppliedURLs: [], fetch: settings(dir))
        XCTAssertEqual(s.availability, .inPackage)
        XCTAssertEqual(Set(s.fetches?.compactMap(\.errorCode) ?? []), ["fetch.http-status", "fetch.redirects"])
        XCTAssertEqual(s.fetches?.compactMap(\.savedAs), [])
    }

    func testWithoutFetchingNothingIsRequested() throws {
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [], urls: [], limits: ScanLimits(),
                                         suppliedURLs: [server.url("/privacy.html")], fetch: nil)
        XCTAssertEqual(s.availability, .linked)
        XCTAssertEqual(s.source.first?.kind, .input)
        XCTAssertNil(s.fetches)
        XCTAssertEqual(server.requests, [])
    }
}

extension Result where Failure == PolicyFetchError {
    var failureCode: String? { if case .failure(let e) = self { return e.code }; return nil }
}
