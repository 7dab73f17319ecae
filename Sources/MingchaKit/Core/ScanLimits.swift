/// Every per-app resource bound in one place, so a hostile package cannot exhaust memory or time
/// and a tester can see (and configure) what was enforced.
public struct ScanLimits: Codable, Equatable, Sendable {
    /// Entries in one archive (zip central directory, wxapkg index).
    public var maxEntries = 100_000
    /// Inflated bytes of one entry.
    public var maxEntryBytes = 512 << 20
    /// Inflated bytes of all entries read for one app.
    public var maxTotalBytes = 2 << 30
    /// Inflated size / compressed size above which an entry is treated as a bomb
    /// (only checked once the entry is larger than `ratioFloorBytes`).
    public var maxCompressionRatio = 200
    public var ratioFloorBytes = 1 << 20
    /// Nesting of archives (an .apks holding APKs); deeper is refused.
    public var maxNesting = 2
    /// DEX files per app and items per DEX table.
    public var maxDexCount = 128
    public var maxDexItems = 4_000_000
    /// Strings in one string pool (AXML, resources.arsc, DEX).
    public var maxStrings = 4_000_000
    /// Call-graph edges kept for reachability, and the depth searched.
    public var maxCallEdges = 20_000_000
    public var maxCallDepth = 12
    /// Wall-clock seconds for one app in a batch.
    public var timeoutSeconds = 300.0
    /// Bytes of a policy document read (the start is kept). Real policies are under 1 MiB; 4 MiB
    /// bounds what a hostile "policy" costs, as the reader's work is linear in its size.
    public var maxPolicyBytes = 4 << 20

    public init() {}
}
