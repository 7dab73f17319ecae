/// `DIR/batch.json`: what a batch (or one shard of it) covered, so `merge` can tell whether the
/// shards it was given add up to the whole input.
public struct BatchManifest: Codable, Sendable, Equatable {
    public var schema = "mingcha-batch/1"
    public var shard: BatchShard
    /// Items in the whole, unsharded input.
    public var totalInputs: Int
    /// Records in this folder's results.jsonl.
    public var records: Int
    public var tool: ToolInfo

    public init(shard: BatchShard, totalInputs: Int, records: Int, tool: ToolInfo) {
        self.shard = shard; self.totalInputs = totalInputs; self.records = records; self.tool = tool
    }
}
