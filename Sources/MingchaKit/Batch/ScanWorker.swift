import Foundation

/// Runs one app's scan in a child process: this binary's `scan --format json`, forked by a
/// `ScanServer` under a memory cap (RLIMIT_AS), a CPU-time backstop (RLIMIT_CPU, for a child
/// left behind) and no core files, and killed at the wall-time limit, so that a hostile package
/// can only ever cost one error record.
public struct ScanWorker: Sendable {
    public struct Limits: Sendable {
        /// Wall-clock seconds before the child is killed (SIGKILL).
        public var timeout: Double = 600
        /// Address-space cap for the child, MiB. Swift reserves address space generously, so
        /// this is a ceiling against runaway allocation, not a measure of the heap.
        public var memoryMB: Int = 4096
        public init(timeout: Double = 600, memoryMB: Int = 4096) { self.timeout = timeout; self.memoryMB = memoryMB }
    }

    public enum Outcome: Sendable {
        /// The child finished and wrote a report (status ok, partial or error) to `file`.
        case report(ScanReport, file: URL)
        /// The child did not produce a report: timed out, was killed, or crashed.
        case failed(ScanProblem)
    }

    public var executable: String
    public var limits: Limits
    /// Rule configuration file passed to every child (`scan --rules`).
    public var rulesPath: String?
    /// `scan --limit name=value` settings passed to every child.
    public var limitSettings: [String] = []
    /// `--fetch-policies`: each child saves what it downloads under `policiesRoot/<result key>/`.
    public var fetchPolicies = false
    public var policiesRoot: URL?
    /// `scan --one-thread` for every child: set when the batch runs a child on every core.
    public var oneThreadPerScan = false

    public init(executable: String, limits: Limits, rulesPath: String? = nil) {
        self.executable = executable; self.limits = limits; self.rulesPath = rulesPath
    }

    /// The arguments of the child scan of one item; `sha256` is the file's digest the batch
    /// already has, which the child then reports instead of reading the whole file again.
    public func arguments(for item: BatchItem, output: URL, key: String? = nil, sha256: String? = nil) -> [String] {
        var args = ["scan", item.path, "--format", "json", "--output", output.path]
        if let sha256, ScanOptions.isSHA256Hex(sha256) { args += ["--known-sha256", sha256] }
        if let p = item.policy { args += ["--policy", p] }
        if let u = item.policyURL { args += ["--policy-url", u] }
        if fetchPolicies {
            args += ["--fetch-policies"]
            if let root = policiesRoot { args += ["--fetch-dir", root.appendingPathComponent(key ?? "unkeyed").path] }
        }
        if let c = item.category { args += ["--category", c] }
        if let a = item.appid { args += ["--appid", a] }
        if let r = rulesPath { args += ["--rules", r] }
        for l in limitSettings { args += ["--limit", l] }
        if oneThreadPerScan { args.append("--one-thread") }
        if let n = item.name { args += ["--app-name", n] }
        if let d = item.developer { args += ["--developer", d] }
        if let s = item.source { args += ["--source", s] }
        return args
    }

    /// Scans one item in a child of `server` (started on first use, and again after a server
    /// that died), which the caller keeps for its next item.
    func run(_ item: BatchItem, output: URL, key: String? = nil, sha256: String? = nil,
             server: inout ScanServerConnection?) -> Outcome {
        let errURL = output.appendingPathExtension("stderr")
        defer { try? FileManager.default.removeItem(at: errURL) }
        let request = ScanServer.Request(arguments: arguments(for: item, output: output, key: key, sha256: sha256),
                                         stderrPath: errURL.path,
                                         memoryKB: max(64, limits.memoryMB) * 1024, cpuSeconds: Int(limits.timeout * 2) + 10)
        var outcome = ScanServerConnection.Outcome.notStarted("no scan server")
        // A server that did not start the scan (found dead, say) is replaced once: the app is not to blame.
        for _ in 0..<2 {
            if server == nil {
                do { server = try ScanServerConnection(executable: executable) } catch {
                    return .failed(ScanProblem(code: "batch.spawn", message: "could not start the child scan: \(error)"))
                }
            }
            outcome = server!.run(request, timeout: limits.timeout)
            switch outcome {
            case .notStarted, .serverFailed: server = nil
            case .ended, .timedOut: break
            }
            guard case .notStarted = outcome else { break }
        }
        switch outcome {
        case .timedOut:
            return .failed(ScanProblem(code: "batch.timeout", message: "timed out after \(Self.seconds(limits.timeout)) (the scan was killed)"))
        case .notStarted(let why):
            return .failed(ScanProblem(code: "batch.spawn", message: "could not start the child scan: \(why)"))
        case .serverFailed(let why):
            return .failed(ScanProblem(code: "batch.crashed", message: "the child scan could not run: \(why)" + stderrTail(errURL)))
        case .ended(let ending):
            return report(after: ending, output: output, errURL: errURL)
        }
    }

    private func report(after ending: ChildProcess.Ending, output: URL, errURL: URL) -> Outcome {
        if case .exited(let status) = ending, status == 0 || status == 3 || status == 1 {
            if let data = FileManager.default.contents(atPath: output.path),
               let report = try? JSONDecoder().decode(ScanReport.self, from: data) {
                return .report(report, file: output)
            }
            return .failed(ScanProblem(code: "batch.no-report", message: "the child scan exited with \(status) but wrote no readable report" + stderrTail(errURL)))
        }
        switch ending {
        case .signalled(let signal):
            let hint: String
            switch signal {
            case SIGKILL: hint = " (killed: out of memory or killed from outside)"
            case SIGXCPU: hint = " (CPU time limit)"
            case SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGTRAP: hint = " (crashed; the memory cap of \(limits.memoryMB) MiB may have been reached)"
            default: hint = ""
            }
            return .failed(ScanProblem(code: "batch.crashed", message: "the child scan died of signal \(signal)\(hint)" + stderrTail(errURL)))
        case .exited(let status):
            return .failed(ScanProblem(code: "batch.crashed", message: "the child scan exited with status \(status)" + stderrTail(errURL)))
        }
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
    }

    /// The last line the child printed on stderr, which usually names the problem.
    func stderrTail(_ url: URL) -> String {
        guard let h = FileHandle(forReadingAtPath: url.path) else { return "" }
        defer { try? h.close() }
        let size = (try? h.seekToEnd()) ?? 0
        try? h.seek(toOffset: size > 2048 ? size - 2048 : 0)
        let data = h.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        return text.isEmpty ? "" : ": " + text.trimmingCharacters(in: .whitespaces)
    }
}
