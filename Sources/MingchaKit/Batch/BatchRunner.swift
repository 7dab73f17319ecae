import Foundation

/// Runs a batch: for each item, reuse a stored result or scan it in a child process, and store
/// the outcome. Exactly one record is delivered per item, in item order, whatever the children do.
public struct BatchRunner: Sendable {
    public var worker: ScanWorker
    public var jobs: Int
    /// Scan again items whose stored result is an error (e.g. after raising --timeout).
    public var retryErrors: Bool

    public init(worker: ScanWorker, jobs: Int, retryErrors: Bool = false) {
        self.worker = worker; self.jobs = max(1, jobs); self.retryErrors = retryErrors
    }

    /// The tool identity every child writes into its report; a stored result from another
    /// version of the tool, knowledge base or rules is not reused.
    /// The scanner's own identity, so stored results are keyed exactly as the child scans report.
    public static func currentTool() -> ToolInfo { Scanner.toolInfo() }

    /// Scans the items and hands each record to `deliver` in item order, as soon as it and every
    /// item before it are done, so the caller can write it out instead of keeping it. When
    /// `deliver` throws, no new item is started and the error is thrown once the jobs stop.
    public func run(_ items: [BatchItem], store: ResultStore, progress: BatchProgress,
                    deliver: @escaping (BatchRecord) throws -> Void) throws {
        let tool = Self.currentTool()
        let optionsDigest = Self.optionsDigest(worker)
        let queue = WorkQueue(count: items.count)
        let results = InOrder(deliver: deliver, onFailure: queue.stop)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, items.count)) {
            group.enter()
            let thread = Thread {
                var server: ScanServerConnection?   // this job's scan server, started on first use
                while let i = queue.next() {
                    results.set(i, process(items[i], tool: tool, optionsDigest: optionsDigest, store: store, progress: progress, server: &server))
                }
                server = nil
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        if let failure = results.failure { throw failure }
    }

    /// Everything passed to every child that changes its report: rules, limits, fetching.
    static func optionsDigest(_ worker: ScanWorker) -> String {
        var d = worker.rulesPath.map { p in (try? Hashing.sha256Hex(fileAt: p)) ?? "unreadable:" + p } ?? ""
        if !worker.limitSettings.isEmpty { d += "|limits:" + worker.limitSettings.joined(separator: ",") }
        if worker.fetchPolicies { d += "|fetch-policies" }
        return d
    }

    func process(_ item: BatchItem, tool: ToolInfo, optionsDigest: String, store: ResultStore, progress: BatchProgress,
                 server: inout ScanServerConnection?) -> BatchRecord {
        let start = Date()
        let digest = PackageDigest.of(item.path)
        let key = ResultStore.key(packageDigest: digest.hex, tool: tool, item: item, optionsDigest: optionsDigest)
        if let stored = store.load(key: key, tool: tool), !(retryErrors && stored.status == .error) {
            let record = BatchRecord(key: key, item: item, report: stored)
            progress.finished(record, reusedResult: true, seconds: 0)
            return record
        }
        progress.began(item)
        let tmp = store.temporaryPath(for: key)
        var report: ScanReport
        switch worker.run(item, output: tmp, key: key, sha256: digest.isFile ? digest.hex : nil, server: &server) {
        case .report(let r, let file):
            report = r
            do { try store.publish(temporary: file, key: key) } catch {
                report.problems.append(ScanProblem(code: "batch.store", message: "\(error)"))
            }
        case .failed(let problem):
            try? FileManager.default.removeItem(at: tmp)
            let url = URL(fileURLWithPath: item.path)
            report = ScanReport(tool: tool,
                                input: InputInfo(path: item.path, fileName: url.lastPathComponent, sha256: digest.isFile ? digest.hex : "",
                                                 size: digest.size, kind: PackageKind.unknown.rawValue),
                                status: .error, problems: [problem], facts: nil, findings: [])
            try? store.save(report, key: key)
        }
        let record = BatchRecord(key: key, item: item, report: report)
        progress.finished(record, reusedResult: false, seconds: Date().timeIntervalSince(start))
        return record
    }
}

/// Hands out item indices to worker threads.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int
    private var stopped = false
    init(count: Int) { self.count = count }
    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard !stopped, nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }
    /// No more indices: the items handed out finish, no new one starts.
    func stop() { lock.lock(); stopped = true; lock.unlock() }
}

/// Passes records on in item order, whichever thread finished them: a record waits here only
/// while an earlier item is still being scanned (all of them, reports included, while one slow
/// app holds up the order). One thread delivers at a time, outside the lock, so the receiver sees
/// one record at a time and the other workers hand theirs over and go back to scanning instead of
/// queueing behind the delivery of a backlog.
final class InOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: BatchRecord] = [:]
    private var next = 0
    private var delivering = false
    private let deliver: (BatchRecord) throws -> Void
    private let onFailure: () -> Void
    private var firstFailure: Error?

    init(deliver: @escaping (BatchRecord) throws -> Void, onFailure: @escaping () -> Void) {
        self.deliver = deliver; self.onFailure = onFailure
    }

    func set(_ i: Int, _ r: BatchRecord) {
        lock.lock(); defer { lock.unlock() }
        guard firstFailure == nil else { return }
        waiting[i] = r
        guard !delivering else { return }   // the delivering thread will find it
        delivering = true
        while firstFailure == nil, let ready = waiting.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            let failed: Error?
            do { try deliver(ready); failed = nil } catch { failed = error }
            lock.lock()
            if let failed {
                firstFailure = failed
                waiting.removeAll()
                onFailure()
            }
        }
        delivering = false
    }

    var failure: Error? { lock.lock(); defer { lock.unlock() }; return firstFailure }
}
