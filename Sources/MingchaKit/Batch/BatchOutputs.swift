import Foundation

/// The files a batch leaves in its folder, all from the records alone, so `batch` and `merge`
/// write identical outputs for the same records. Every file is written atomically.
///   results.jsonl   one BatchRecord per line, in input order
///   summary.csv     one row per app (CSVSummary) with the list's index, input and source
///   index.html      the batch index; apps/<key>.html one page per app
///   results.sarif   SARIF 2.1.0, every app's findings
///   notice.csv/.md  the regulator's notice table (应用名称, 开发者, 版本, 来源, 所涉问题)
///   batch.json      the manifest (shard, totals, tool)
public enum BatchOutputs {
    public static func write(_ unsorted: [BatchRecord], manifest: BatchManifest, to dir: URL, lang: String) throws {
        let records = unsorted.sorted { $0.item.index < $1.item.index }
        func put(_ name: String, _ text: String) throws {
            try AtomicFile.write(text, to: dir.appendingPathComponent(name))
        }
        do { try FileManager.default.createDirectory(at: dir.appendingPathComponent(BatchRecord.pagesFolder), withIntermediateDirectories: true) } catch {
            throw BatchError.outputFolder(dir.path, error.localizedDescription)
        }
        var jsonl = ""
        for r in records { jsonl += try JSONOutput.string(r, pretty: false) + "\n" }
        try put("results.jsonl", jsonl)
        try put("summary.csv", summary(records))
        for r in records { try put(r.htmlPath, HTMLReport.render(r.report, lang: lang)) }
        try put("index.html", HTMLReport.index(entries: records.map {
            HTMLReport.IndexEntry(report: $0.report, href: $0.htmlPath, name: $0.item.name, source: $0.item.source)
        }, lang: lang))
        try put("results.sarif", try SARIFReport.render(records.map(\.report), lang: lang) + "\n")
        let notice = NoticeTable.rows(entries: records.map {
            NoticeTable.Entry(report: $0.report, name: $0.item.name, developer: $0.item.developer, source: $0.item.source)
        }, lang: lang)
        try put("notice.csv", NoticeTable.csv(notice, lang: lang))
        try put("notice.md", NoticeTable.markdown(notice, lang: lang))
        try put("batch.json", try JSONOutput.string(manifest) + "\n")
    }

    /// CSVSummary with the batch's own columns in front: list position, input path, source,
    /// policy URL from the list.
    public static func summary(_ records: [BatchRecord]) -> String {
        var out = CSV.line(["index", "input", "source", "policy_url"] + CSVSummary.header)
        for r in records {
            out += CSV.line([String(r.item.index + 1), r.item.path, r.item.source ?? "", r.item.policyURL ?? ""]
                            + CSVSummary.row(r.report, name: r.item.name, developer: r.item.developer))
        }
        return out
    }

    /// Reads a batch folder's records back (for `merge`), refusing a malformed line rather than
    /// silently dropping an app.
    public static func readRecords(in dir: URL) throws -> [BatchRecord] {
        let url = dir.appendingPathComponent("results.jsonl")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BatchError.mergeInput(dir.path, "no results.jsonl (is it a batch output folder?)")
        }
        let decoder = JSONDecoder()
        var out: [BatchRecord] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do { out.append(try decoder.decode(BatchRecord.self, from: Data(line))) } catch {
                throw BatchError.mergeInput(dir.path, "results.jsonl line \(n + 1) is not a batch record")
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
