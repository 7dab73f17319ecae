import Dispatch

/// Work started on another thread now and collected later. A scan has two cores and start-up
/// jobs that do not depend on the package's contents (loading the knowledge base, hashing the
/// file): they run while the main thread reads the archive, manifest and code.
final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work (once; later calls return at once) and returns or throws what it gave.
    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }

    /// Waits for the work and hands over what it gave without keeping it (once only): for
    /// results too large to hold twice, such as an inflated DEX file.
    func take() throws -> T {
        done.wait()
        defer { result = nil }
        return try result!.get()
    }
}
