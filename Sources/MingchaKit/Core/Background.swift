import Dispatch

/// Work started on another thread now and collected later. A scan has two cores; the second
/// takes what the main thread would otherwise wait for or do in turn: loading the knowledge base
/// and hashing the file, inflating the next DEX file, the analyses that need no call graph.
final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    /// The work runs under the deadline of the scan that starts it (`ScanDeadline` is task-local
    /// and would otherwise be unlimited on the other thread).
    init(_ work: @escaping @Sendable () throws -> T) {
        if ScanThreads.single {
            result = Result { try work() }
            done.signal()
            return
        }
        let deadline = ScanDeadline.current
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try ScanDeadline.$current.withValue(deadline) { try work() } }
            self.done.signal()
        }
    }

    /// Waits for the work and hands over what it gave without keeping it (once only, so a large
    /// result such as a parsed DEX file is not held twice).
    func take() throws -> T {
        done.wait()
        defer { result = nil }
        return try result!.get()
    }
}

/// Whether a scan may hand work to a second thread. A batch that already runs one scan per core
/// turns this off for its children (`scan --one-thread`): there, a hand-over only adds waiting and
/// thread start-up, and a 2-job batch of the corpus left a core idle twice as long with it.
/// Task-local like `ScanDeadline`, so scans side by side in one process each keep their own.
public enum ScanThreads {
    @TaskLocal public static var single = false
}
