import Foundation

/// Combines the folders of a sharded batch into one: records by their position in the whole
/// input, checked so that a missing or doubled shard is reported instead of a silent gap.
/// Two passes over the shards' `results.jsonl`: the first checks every record and keeps its
/// position, key and place in its file, so a broken shard is reported before anything is
/// written; the second reads the records back in input order and writes them out one at a time,
/// so merging a long list holds no more reports than a single app's.
public enum BatchMerge {
    /// What a merge wrote.
    public struct Outcome: Sendable {
        public var records: Int
        /// Records of apps that could not be scanned.
        public var errors: Int
    }

    private struct Located { var key: String; var item: BatchItem; var file: Int; var place: RecordLines.Place }

    public static func merge(_ dirs: [String], into out: String, lang: String, allowPartial: Bool = false) throws -> Outcome {
        var byIndex: [Int: Located] = [:]
        var manifests: [BatchManifest] = []
        var files: [RecordLines] = []
        let decoder = JSONDecoder()
        for d in dirs {
            let url = URL(fileURLWithPath: d)
            let manifest = try BatchOutputs.readManifest(in: url)
            manifests.append(manifest)
            let lines = try RecordLines(folder: url)
            files.append(lines)
            try lines.forEach { place, line in
                let head: BatchRecord
                do { head = try decoder.decode(BatchRecord.self, from: Data(line)) } catch {
                    throw BatchError.mergeInput(d, "results.jsonl line \(place.number) is not a batch record")
                }
                if let prior = byIndex[head.item.index], prior.key != head.key || prior.item != head.item {
                    throw BatchError.mergeInput(d, "input #\(head.item.index + 1) (\(head.item.path)) differs from another folder's; were the shards given the same inputs?")
                }
                byIndex[head.item.index] = Located(key: head.key, item: head.item, file: files.count - 1, place: place)
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
        let outURL = URL(fileURLWithPath: out)
        let store = try ResultStore(root: out)
        let writer = try BatchOutputWriter(dir: outURL, scratch: store.tmp, lang: lang)
        for i in byIndex.keys.sorted() {
            let at = byIndex[i]!
            let lines = files[at.file]
            let line = try lines.line(at: at.place)
            // Decoded in the first pass already: only a file changed since then fails here.
            let record: BatchRecord
            do { record = try decoder.decode(BatchRecord.self, from: Data(line)) } catch {
                throw BatchError.mergeInput(lines.folder, "results.jsonl line \(at.place.number) changed during the merge")
            }
            if store.load(key: record.key, tool: record.report.tool) == nil { try store.save(record.report, key: record.key) }
            try writer.add(record)
        }
        let manifest = BatchManifest(shard: .whole, totalInputs: total, records: writer.count, tool: first.tool)
        try writer.finish(manifest: manifest)
        try? FileManager.default.removeItem(at: store.tmp)
        return Outcome(records: writer.count, errors: writer.errors)
    }
}
