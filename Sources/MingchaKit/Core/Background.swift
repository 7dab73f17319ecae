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
