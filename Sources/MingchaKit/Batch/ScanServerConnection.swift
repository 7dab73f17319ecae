import Foundation

/// The batch's end of one `mingcha scan-server` (see `ScanServer`): one per batch job, used by
/// one thread at a time, one app at a time.
final class ScanServerConnection {
    enum Outcome: Equatable {
        /// The child scan ended (exited or was killed by a signal, e.g. a crash or the memory cap).
        case ended(ChildProcess.Ending)
        /// The child was still running at the time limit and has been killed.
        case timedOut
        /// The server did not start the scan (it was gone, or could not fork): why. The app is
        /// not to blame; another server may run it.
        case notStarted(String)
        /// The server went away while the scan ran, or answered nonsense: why.
        case serverFailed(String)
    }

    private let server: ChildProcess
    var serverPID: pid_t { server.pid }
    private let requests: Int32
    private let answers: Int32
    private var pending: [UInt8] = []

    init(executable: String) throws {
        // Writing to a server that died must be an error return (EPIPE), not this process's end.
        signal(SIGPIPE, SIG_IGN)
        // Not close-on-exec: no matter, every child of the batch starts with only 0, 1 and 2.
        var toServer: [Int32] = [0, 0], fromServer: [Int32] = [0, 0]
        guard pipe(&toServer) == 0 else { throw ChildProcess.SpawnError(reason: String(cString: strerror(errno))) }
        guard pipe(&fromServer) == 0 else {
            close(toServer[0]); close(toServer[1])
            throw ChildProcess.SpawnError(reason: String(cString: strerror(errno)))
        }
        defer { close(toServer[0]); close(fromServer[1]) }
        do {
            server = try ChildProcess(path: executable, arguments: ["scan-server"], stdin: toServer[0], stdout: fromServer[1], stderr: -1)
        } catch {
            close(toServer[1]); close(fromServer[0])
            throw error
        }
        requests = toServer[1]
        answers = fromServer[0]
    }

    /// Closing its input ends the server (after the app it may still be waiting for).
    deinit {
        close(requests)
        close(answers)
        if server.wait(seconds: 5) == nil { server.kill(); _ = server.waitAfterKill() }
    }

    /// Runs one child scan, killing it if it is still running after `timeout` seconds.
    func run(_ request: ScanServer.Request, timeout: Double) -> Outcome {
        let deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, timeout) * 1e9)
        guard var line = try? JSONEncoder().encode(request) else { return .serverFailed("the request could not be encoded") }
        line.append(UInt8(ascii: "\n"))
        guard send(line) else { return .notStarted("the scan server is gone") }
        guard let first = readLine(until: deadline) else { return .serverFailed("the scan server did not start the scan in time") }
        if first.isEmpty { return .notStarted("the scan server is gone") }
        if first.hasPrefix("failed ") { return .notStarted(String(first.dropFirst(7))) }
        guard first.hasPrefix("started "), let pid = pid_t(first.dropFirst(8)) else { return .serverFailed("unexpected answer: \(first)") }
        if let second = readLine(until: deadline) { return Self.ending(second) }
        kill(pid, SIGKILL)
        // The server reaps the killed child and says so; a server that cannot is itself stuck.
        guard let reaped = readLine(until: DispatchTime.now().uptimeNanoseconds &+ 10_000_000_000), !reaped.isEmpty else {
            return .serverFailed("the scan server did not reap the timed-out scan")
        }
        return .timedOut
    }

    private static func ending(_ line: String) -> Outcome {
        guard line.hasPrefix("ended "), let status = Int32(line.dropFirst(6)) else {
            return .serverFailed(line.isEmpty ? "the scan server is gone" : "unexpected answer: \(line)")
        }
        return .ended(ChildProcess.Ending(waitStatus: status))
    }

    private func send(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { writeAll(requests, $0) } == 0
    }

    /// The next answer line, or nil at the deadline or when the server has closed its end
    /// (an empty string then, so a dead server is told apart from a slow scan).
    private func readLine(until deadline: UInt64) -> String? {
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            if let nl = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let text = String(decoding: pending[..<nl], as: UTF8.self)
                pending.removeSubrange(...nl)
                return text
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return nil }
            var p = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            let ms = Int32(min(UInt64(Int32.max), (deadline - now) / 1_000_000 + 1))
            let ready = poll(&p, 1, ms)
            if ready < 0 { if errno == EINTR { continue }; return "" }
            if ready == 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return "" }
            if n == 0 { return "" }
            pending += chunk[..<n]
        }
    }
}
