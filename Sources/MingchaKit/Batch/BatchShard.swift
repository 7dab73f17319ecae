/// `--shard K/N`: shard K (1-based) of N takes the items whose position in the whole input is
/// K-1 modulo N. Position, not hash, so a shard never reads another shard's packages; every
/// machine must therefore be given the same inputs (same list, same directory tree).
public struct BatchShard: Hashable, Sendable, Codable, CustomStringConvertible {
    public var k: Int
    public var n: Int

    public init(k: Int, n: Int) throws {
        guard n >= 1, k >= 1, k <= n else { throw BatchError.badShard("\(k)/\(n)") }
        self.k = k; self.n = n
    }

    public init(parsing s: String) throws {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { throw BatchError.badShard(s) }
        do { try self.init(k: k, n: n) } catch { throw BatchError.badShard(s) }
    }

    public static let whole = BatchShard(unchecked: 1, 1)
    init(unchecked k: Int, _ n: Int) { self.k = k; self.n = n }

    public func contains(_ item: BatchItem) -> Bool { item.index % n == k - 1 }
    public func select(_ items: [BatchItem]) -> [BatchItem] { items.filter(contains) }

    public var description: String { "\(k)/\(n)" }
}
