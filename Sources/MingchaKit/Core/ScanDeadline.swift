import Dispatch

/// The wall-clock budget of one app's scan (`ScanLimits.timeoutSeconds`), cheap enough to poll from
/// the loops whose work a hostile package can inflate (entry reads, the DEX index build, call-graph
/// searches). `Scanner.scan` installs it for the scan; code run outside a scan sees `.unlimited`.
/// It is a task-local, so parallel scans in one process each see their own; work handed to other
/// threads must capture `ScanDeadline.current` and poll that value.
public struct ScanDeadline: Sendable {
    /// Monotonic nanoseconds at which the scan is over; `UInt64.max` means never.
    public let end: UInt64
    /// The budget it was made from, for the error message.
    public let seconds: Double

    /// A deadline `seconds` from now; 0 (or less) is already expired, infinity never expires.
    public init(seconds: Double) {
        self.seconds = seconds
        let now = DispatchTime.now().uptimeNanoseconds
        if !seconds.isFinite || seconds >= 1e9 {
            end = .max
        } else {
            end = now &+ UInt64(max(0, seconds) * 1e9)
        }
    }

    public static let unlimited = ScanDeadline(seconds: .infinity)

    public var expired: Bool { end != .max && DispatchTime.now().uptimeNanoseconds >= end }

    /// Throws `scan.timeout` once the deadline has passed.
    public func check() throws {
        if expired { throw PipelineError.timedOut(seconds) }
    }

    /// The deadline of the scan running on this task (or thread).
    @TaskLocal public static var current = ScanDeadline.unlimited

    /// Runs `body` with a deadline of `seconds` from now installed as `current`.
    public static func run<T>(seconds: Double, _ body: () throws -> T) rethrows -> T {
        try $current.withValue(ScanDeadline(seconds: seconds), operation: body)
    }
}
