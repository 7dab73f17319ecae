import Foundation

/// What a batch says while it runs, on standard error: on a terminal one line redrawn in place
/// (done/total, rate, ETA, current app, errors so far); otherwise one plain line per finished app,
/// so logs of a cluster job stay readable.
public final class BatchProgress: @unchecked Sendable {
    public enum Mode: Sendable { case terminal, lines, silent }

    let mode: Mode
    let lock = NSLock()
    var total = 0
    var done = 0
    var reused = 0
    var errors = 0
    var scanned = 0
    var running: [Int: String] = [:]
    var started = Date()
    let write: @Sendable (String) -> Void

    public init(mode: Mode, write: @escaping @Sendable (String) -> Void = { s in FileHandle.standardError.write(Data(s.utf8)) }) {
        self.mode = mode; self.write = write
    }

    public static func automatic() -> BatchProgress { BatchProgress(mode: isatty(STDERR_FILENO) == 1 ? .terminal : .lines) }

    public func start(total: Int, shard: BatchShard) {
        lock.lock(); defer { lock.unlock() }
        self.total = total
        started = Date()
        if mode == .lines { write("batch: \(total) app(s)" + (shard.n > 1 ? " in shard \(shard)" : "") + "\n") }
    }

    public func began(_ item: BatchItem) {
        lock.lock(); defer { lock.unlock() }
        running[item.index] = URL(fileURLWithPath: item.path).lastPathComponent
        if mode == .terminal { redraw() }
    }

    public func finished(_ record: BatchRecord, reusedResult: Bool, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        running[record.item.index] = nil
        done += 1
        if reusedResult { reused += 1 } else { scanned += 1 }
        if record.report.status == .error { errors += 1 }
        switch mode {
        case .silent: break
        case .terminal: redraw()
        case .lines:
            let what = reusedResult ? "done before" : String(format: "%.1f s", seconds)
            let problem = record.report.status == .error ? " — " + (record.report.problems.first.map { "\($0.code): \($0.message)" } ?? "") : ""
            write("[\(done)/\(total)] \(record.report.status.rawValue) \(record.displayName) (\(what), \(record.report.findings.count) finding(s))\(problem)\n")
        }
    }

    public func end() {
        lock.lock(); defer { lock.unlock() }
        let secs = Date().timeIntervalSince(started)
        let line = "batch: \(done)/\(total) done (\(scanned) scanned, \(reused) already done), \(errors) could not be scanned, \(Self.duration(secs))\n"
        switch mode {
        case .silent: break
        case .terminal: write("\r\u{1B}[K" + line)
        case .lines: write(line)
        }
    }

    /// The terminal line. Rate and ETA count only apps scanned in this run, not reused results.
    func redraw() {
        let secs = max(0.001, Date().timeIntervalSince(started))
        let rate = Double(scanned) / secs * 60
        let left = total - done
        let eta = scanned > 0 ? Self.duration(Double(left) / (Double(scanned) / secs)) : "?"
        let current = running.sorted { $0.key < $1.key }.first?.value ?? ""
        var line = "[\(done)/\(total)] \(String(format: "%.1f", rate))/min ETA \(eta) errors \(errors)"
        if !current.isEmpty { line += " · " + String(current.prefix(40)) + (running.count > 1 ? " +\(running.count - 1)" : "") }
        write("\r\u{1B}[K" + line)
    }

    static func duration(_ s: Double) -> String {
        guard s.isFinite else { return "?" }
        let t = Int(s.rounded())
        if t >= 3600 { return "\(t / 3600)h\(String(format: "%02d", (t % 3600) / 60))m" }
        if t >= 60 { return "\(t / 60)m\(String(format: "%02d", t % 60))s" }
        return "\(t)s"
    }
}
