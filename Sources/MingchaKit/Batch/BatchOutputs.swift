import Foundation

/// The files a batch leaves in its folder, all from the records alone, so `batch` and `merge`
/// write identical outputs for the same records (both through `BatchOutputWriter`). Every file is
/// written whole under a hidden name and renamed into place.
///   results.jsonl   one BatchRecord per line, in input order
///   summary.csv     one row per app (CSVSummary) with the list's index, input and source
///   index.html      the batch index; apps/<key>.html one page per app
///   results.sarif   SARIF 2.1.0, every app's findings
///   notice.csv/.md  the regulator's notice table (应用名称, 开发者, 版本, 来源, 所涉问题)
///   batch.json      the manifest (shard, totals, tool)
public enum BatchOutputs {
    /// Reads a batch folder's records back, refusing a malformed line rather than silently
    /// dropping an app. All at once: for tests and small folders (`merge` reads line by line).
    public static func readRecords(in dir: URL) throws -> [BatchRecord] {
        let decoder = JSONDecoder()
        var out: [BatchRecord] = []
        try RecordLines(folder: dir).forEach { place, line in
            do { out.append(try decoder.decode(BatchRecord.self, from: Data(line))) } catch {
                throw BatchError.mergeInput(dir.path, "results.jsonl line \(place.number) is not a batch record")
            }
        }
        return out
    }

    public static func readManifest(in dir: URL) throws -> BatchManifest {
        let url = dir.appendingPathComponent("batch.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BatchError.mergeInput(dir.path, "no batch.json (is it a batch output folder?)")
        }
        do { return try JSONDecoder().decode(BatchManifest.self, from: data) } catch {
            throw BatchError.mergeInput(dir.path, "batch.json is not a batch manifest")
        }
    }
}
