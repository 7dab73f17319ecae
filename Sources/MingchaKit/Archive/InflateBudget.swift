import Foundation

/// The inflated bytes one app may read across all its archives (base, splits, nested zips).
/// Shared by every `ZipArchive` of the app and safe to use from several threads.
public final class InflateBudget: @unchecked Sendable {
    public let limit: Int
    private var used = 0
    private let lock = NSLock()

    public init(limits: ScanLimits) { limit = max(0, limits.maxTotalBytes) }

    /// Bytes inflated so far.
    public var consumed: Int { lock.lock(); defer { lock.unlock() }; return used }

    /// Takes `bytes` from the budget or throws `zip.total-too-large` without taking anything.
    public func consume(_ bytes: Int) throws {
        lock.lock(); defer { lock.unlock() }
        let (sum, overflow) = used.addingReportingOverflow(max(0, bytes))
        guard !overflow, sum <= limit else { throw ZipError.totalTooLarge(used: overflow ? Int.max : sum, limit: limit) }
        used = sum
    }

    /// Gives back what was reserved but not inflated.
    public func refund(_ bytes: Int) {
        lock.lock(); defer { lock.unlock() }
        used = max(0, used - max(0, bytes))
    }
}
