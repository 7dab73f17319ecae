import Foundation

/// Combines the folders of a sharded batch into one: records by their position in the whole
/// input, checked so that a missing or doubled shard is reported instead of a silent gap.
public enum BatchMerge {
    public static func merge(_ dirs: [String], into out: String, lang: String, allowPartial: Bool = false) throws -> [BatchRecord] {
        var byIndex: [Int: BatchRecord] = [:]
        var manifests: [BatchManifest] = []
        for d in dirs {
            let url = URL(fileURLWithPath: d)
            let manifest = try BatchOutputs.readManifest(in: url)
            manifests.append(manifest)
            for r in try BatchOutputs.readRecords(in: url) {
                if let prior = byIndex[r.item.index], prior.key != r.key || prior.item != r.item {
                    throw BatchError.mergeInput(d, "input #\(r.item.index + 1) (\(r.item.path)) differs from another folder's; were the shards given the same inputs?")
                }
                byIndex[r.item.index] = r
            }
        }
        guard let first = manifests.first else { throw BatchError.noInputs }
        let total = first.totalInputs
        if let odd = manifests.first(where: { $0.totalInputs != total }) {
            throw BatchError.mergeInput("shard \(odd.shard)", "it saw \(odd.totalInputs) inputs, shard \(first.shard) saw \(total)")
        }
        if !allowPartial {
            let missing = (0..<total).filter { byIndex[$0] == nil }
            if !missing.isEmpty {
                let shards = Set(manifests.map(\.shard))
                let n = first.shard.n
                let absent = (1...n).filter { k in !shards.contains { $0.k == k && $0.n == n } }.map { "\($0)/\(n)" }
                throw BatchError.mergeIncomplete("\(missing.count) of \(total) inputs have no record" + (absent.isEmpty ? "" : "; shard(s) \(absent.joined(separator: ", ")) not given"))
            }
        }
        let records = byIndex.values.sorted { $0.item.index < $1.item.index }
        let outURL = URL(fileURLWithPath: out)
        let store = try ResultStore(root: out)
        for r in records where store.load(key: r.key, tool: r.report.tool) == nil { try store.save(r.report, key: r.key) }
        try? FileManager.default.removeItem(at: store.tmp)
        let manifest = BatchManifest(shard: .whole, totalInputs: total, records: records.count, tool: first.tool)
        try BatchOutputs.write(records, manifest: manifest, to: outURL, lang: lang)
        return records
    }
}
