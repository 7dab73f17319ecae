import Foundation

/// The server side of a batch's child scans (`mingcha scan-server`, one per batch job).
///
/// Starting a fresh `mingcha` for every app cost ~22 ms of CPU before the app was read (loading
/// and relocating the binary, parsing the command line, reading the knowledge base), more than
/// a small app's whole scan. The server pays that once: it loads everything a scan starts with,
/// then forks one child per app, which inherits it all and scans that app alone. Isolation is as
/// before: each app runs in its own process under its own limits and dies with it; nothing a scan
/// does reaches the server or the next app, which is forked from the same untouched server.
///
/// Protocol, one line each way per app: the batch writes a `ScanServer.Request` as JSON; the
/// server answers `started PID` once the child runs (so the batch can kill it at its time limit)
/// and `ended STATUS` (the raw wait status) when it is gone, or `failed REASON`.
public enum ScanServer {
    public struct Request: Codable, Sendable {
        /// The child's command line, as given to `mingcha` (e.g. `scan PATH --format json ...`).
        public var arguments: [String]
        /// File the child's standard error goes to.
        public var stderrPath: String
        /// Address-space cap (RLIMIT_AS) in KiB, and CPU seconds (RLIMIT_CPU) as a backstop.
        public var memoryKB: Int
        public var cpuSeconds: Int

        public init(arguments: [String], stderrPath: String, memoryKB: Int, cpuSeconds: Int) {
            self.arguments = arguments; self.stderrPath = stderrPath; self.memoryKB = memoryKB; self.cpuSeconds = cpuSeconds
        }
    }

    /// Serves requests from standard input until it closes. `runChild` runs one command line in
    /// the forked child and never returns (it exits with the command's status).
    public static func serve(runChild: ([String]) -> Never) {
        ScanThreads.$single.withValue(true) {   // no thread may exist at fork
            Scanner.preload()
            warmUp()
        }
        while let line = readLine(strippingNewline: true) {
            let request: Request
            switch Self.request(from: line) {
            case .success(let r): request = r
            case .failure(let refusal): answer("failed \(refusal)"); continue
            }
            let pid = fork()
            if pid == 0 { becomeChild(request, runChild: runChild) }
            guard pid > 0 else {
                answer("failed cannot fork: \(String(cString: strerror(errno)))")
                continue
            }
            answer("started \(pid)")
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            answer("ended \(status)")
        }
    }

    /// Scans a bundled sample app and encodes its report, so the type metadata of a scan and of
    /// the report's encoding is built once here and not in every child: it was about half of what
    /// a small app's child spent of its own. Without the samples (a binary moved away from its
    /// checkout) the children build it themselves.
    private static func warmUp() {
        let sample = MingchaPaths.samples.appendingPathComponent("apk/built/combo-shop.apk").path
        guard FileManager.default.fileExists(atPath: sample) else { return }
        var options = ScanOptions()
        options.singleThread = true
        _ = try? JSONOutput.data(Scanner.scan(path: sample, options: options))
    }

    /// Why a request line is refused: answered `failed REASON`, so a request the child could not
    /// carry out (a limit `setrlimit` cannot take, a path C cannot pass) never reaches it.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case notJSON
        case noCommand
        case badLimit(String)
        case badPath

        public var description: String {
            switch self {
            case .notJSON: return "the request is not valid JSON"
            case .noCommand: return "the request names no command"
            case .badLimit(let what): return "the request's \(what) is out of range"
            case .badPath: return "the request's stderr path or an argument is empty or holds a NUL byte"
            }
        }
    }

    /// The request on one line, checked.
    public static func request(from line: String) -> Result<Request, Refusal> {
        guard let r = try? JSONDecoder().decode(Request.self, from: Data(line.utf8)) else { return .failure(.notJSON) }
        guard !r.arguments.isEmpty else { return .failure(.noCommand) }
        // RLIMIT_AS is set in bytes: the KiB figure times 1024 must not overflow.
        guard r.memoryKB >= 1, r.memoryKB <= Int.max / 1024 else { return .failure(.badLimit("memory cap")) }
        guard r.cpuSeconds >= 1 else { return .failure(.badLimit("CPU time")) }
        guard !r.stderrPath.isEmpty, !r.stderrPath.utf8.contains(0), !r.arguments.contains(where: { $0.utf8.contains(0) }) else {
            return .failure(.badPath)
        }
        return .success(r)
    }

    /// In the forked child: limits first, then the descriptors, then the scan.
    private static func becomeChild(_ request: Request, runChild: ([String]) -> Never) -> Never {
        var limit = rlimit(rlim_cur: rlim_t(request.memoryKB) * 1024, rlim_max: rlim_t(request.memoryKB) * 1024)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        limit = rlimit(rlim_cur: rlim_t(request.cpuSeconds), rlim_max: rlim_t(request.cpuSeconds))
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
        limit = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit)
        // The server's standard input and output are the pipes to the batch: the child gets
        // /dev/null instead, and its standard error goes to the app's own file.
        let null = open("/dev/null", O_RDWR)
        let err = open(request.stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        dup2(null, 0); dup2(null, 1); dup2(err >= 0 ? err : null, 2)
        if null > 2 { close(null) }
        if err > 2 { close(err) }
        runChild(request.arguments)
    }

    private static func answer(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        if bytes.withUnsafeBytes({ writeAll(1, $0) }) != 0 { exit(0) }   // the batch is gone
    }
}
