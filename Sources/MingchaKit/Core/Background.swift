import Dispatch
import Glibc

/// Work started on another thread now and collected later. A scan has two cores; the second
/// takes what the main thread would otherwise wait for or do in turn: loading the knowledge base
/// and hashing the file, inflating the next DEX file, the analyses that need no call graph.
final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    /// The work runs under the deadline of the scan that starts it (`ScanDeadline` is task-local
    /// and would otherwise be unlimited on the other thread).
    ///
    /// A thread of its own rather than Dispatch's pool: when no thread can be made (a batch child
    /// at its memory cap), Dispatch retries once a second for ever, while here the work simply
    /// runs on the caller.
    init(_ work: @escaping @Sendable () throws -> T) {
        if !ScanThreads.single {
            let deadline = ScanDeadline.current
            let started = DetachedThread.start { [self] in
                result = Result { try ScanDeadline.$current.withValue(deadline) { try work() } }
                done.signal()
            }
            if started { return }
        }
        result = Result { try work() }
        done.signal()
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

/// Starts a detached POSIX thread; false (and nothing started) when the system refuses one.
enum DetachedThread {
    private final class Body { let run: () -> Void; init(_ run: @escaping () -> Void) { self.run = run } }

    static func start(_ run: @escaping () -> Void) -> Bool {
        let body = Unmanaged.passRetained(Body(run)).toOpaque()
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { raw in
            Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, body)
        if rc != 0 { Unmanaged<Body>.fromOpaque(body).release() }
        return rc == 0
    }
}

/// Lets go of a large value on another thread: freeing a big app's DEX index (hundreds of
/// thousands of strings and arrays) costs the main thread ~15 ms it can spend on the next step.
/// With one thread (or none to be had) the value is freed here, as before.
enum Release {
    private final class Held<T>: @unchecked Sendable {
        var value: T?
        init(_ value: T?) { self.value = value }
    }

    static func onAnotherThread<T>(_ value: inout T?) {
        guard value != nil else { return }
        let held = Held(value)
        value = nil
        // From here only the other thread touches `held.value`, which usually drops the last
        // reference (a finished background task may still hold its copy for a moment).
        if ScanThreads.single || !DetachedThread.start({ held.value = nil }) { held.value = nil }
    }
}
