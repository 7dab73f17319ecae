import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.0 server on 127.0.0.1 for the `--fetch-policies` tests: fixed answers per path,
/// including redirects, slow answers and endless bodies, so the fetcher's bounds are tested
/// against real sockets without the network.
final class LocalHTTPServer: @unchecked Sendable {
    struct Response {
        var status = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds to wait before answering.
        var delay = 0.0
        /// Send this many bytes of filler after `body`, without a Content-Length (a stream).
        var stream = 0
        /// Claim this Content-Length instead of the true one.
        var claimedLength: Int?

        static func html(_ s: String) -> Response { Response(body: Array(s.utf8)) }
        static func redirect(_ to: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", to)], body: [])
        }
    }

    let port: Int
    private let fd: Int32
    private let lock = NSLock()
    private var routes: [String: Response]
    private var log: [String] = []
    private var stopped = false

    init(routes: [String: Response]) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        self.fd = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        let t = Thread { [self] in acceptLoop() }
        t.start()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Paths requested so far, in order.
    var requests: [String] { lock.lock(); defer { lock.unlock() }; return log }

    func stop() {
        lock.lock(); stopped = true; lock.unlock()
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    private func acceptLoop() {
        while true {
            let c = accept(fd, nil, nil)
            if c < 0 {
                lock.lock(); let done = stopped; lock.unlock()
                if done { return }
                continue
            }
            let t = Thread { [self] in serve(c) }
            t.start()
        }
    }

    private func serve(_ c: Int32) {
        defer { close(c) }
        var request: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let n = recv(c, &buf, buf.count, 0)
            if n <= 0 { return }
            request += buf[0..<n]
            if request.count >= 4, request.suffix(4) == [13, 10, 13, 10] { break }
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        lock.lock(); log.append(path); let found = routes[path]; lock.unlock()
        let r = found ?? Response(status: 404, body: Array("not here".utf8))
        if r.delay > 0 { Thread.sleep(forTimeInterval: r.delay) }
        var head = "HTTP/1.0 \(r.status) X\r\n"
        for (k, v) in r.headers { head += "\(k): \(v)\r\n" }
        if r.stream == 0 { head += "Content-Length: \(r.claimedLength ?? r.body.count)\r\n" }
        else if let claimed = r.claimedLength { head += "Content-Length: \(claimed)\r\n" }
        head += "Connection: close\r\n\r\n"
        guard write(c, Array(head.utf8) + r.body) else { return }
        var left = r.stream
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: 65536)
        while left > 0 {
            let n = min(left, filler.count)
            guard write(c, Array(filler[0..<n])) else { return }
            left -= n
        }
    }

    private func write(_ c: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            off += n
        }
        return true
    }
}
