import Foundation

/// Writes the files of a batch folder (listed on `BatchOutputs`) while the records arrive in
/// input order: each app's page goes to disk at once, and its result line, summary row, index row
/// and SARIF results go to spool files in a scratch folder. Memory keeps only the notice rows and the
/// SARIF packages and rules, so a list of any length costs the batch about the same.
/// `batch` and `merge` both write through it, so their outputs are identical for the same records.
public final class BatchOutputWriter {
    private let dir: URL
    private let scratch: URL
    private let lang: String
    private let jsonl: SpoolFile
    private let summary: SpoolFile
    private let indexRows: SpoolFile
    private let sarif: SARIFStream
    private let lineEncoder = JSONOutput.encoder(pretty: false)
    private var notice: [NoticeTable.Row] = []
    private var lastIndex = Int.min
    /// Records of apps that could not be scanned.
    private(set) var errors = 0
    /// Records written so far.
    public private(set) var count = 0
    /// The highest severity of any finding so far, for `--fail-on`.
    public private(set) var highest: Severity?

    /// `scratch`: a folder on the same file system for the files being built (the batch's `tmp/`).
    public init(dir: URL, scratch: URL, lang: String) throws {
        self.dir = dir
        self.scratch = scratch
        self.lang = lang
        do {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(BatchRecord.pagesFolder), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw BatchError.outputFolder(dir.path, error.localizedDescription)
        }
        jsonl = try SpoolFile(target: dir.appendingPathComponent("results.jsonl"), scratch: scratch)
        summary = try SpoolFile(target: dir.appendingPathComponent("summary.csv"), scratch: scratch)
        indexRows = try SpoolFile(target: dir.appendingPathComponent("index.html"), scratch: scratch)
        sarif = try SARIFStream(target: dir.appendingPathComponent("results.sarif"), scratch: scratch, lang: lang)
        try summary.append(CSV.line(["index", "input", "source", "policy_url"] + CSVSummary.header))
    }

    /// The next record; records must come in increasing input position.
    public func add(_ r: BatchRecord) throws {
        guard r.item.index > lastIndex else {
            throw BatchError.outputFolder(dir.path, "record #\(r.item.index + 1) came after #\(lastIndex + 1); records must be written in input order")
        }
        lastIndex = r.item.index
        try jsonl.append(bytes: try lineEncoder.encode(r))
        try jsonl.append("\n")
        try summary.append(CSV.line([String(r.item.index + 1), r.item.path, r.item.source ?? "", r.item.policyURL ?? ""]
                                    + CSVSummary.row(r.report, name: r.item.name, developer: r.item.developer)))
        try AtomicFile.write(HTMLReport.render(r.report, lang: lang), to: dir.appendingPathComponent(r.htmlPath))
        try indexRows.append(HTMLReport.indexRow(.init(report: r.report, href: r.htmlPath, name: r.item.name, source: r.item.source), lang: lang))
        try sarif.add(r.report)
        let entry = NoticeTable.Entry(report: r.report, name: r.item.name, developer: r.item.developer, source: r.item.source)
        if let row = NoticeTable.row(entry, lang: lang) { notice.append(row) }
        count += 1
        if r.report.status == .error { errors += 1 }
        for f in r.report.findings where highest.map({ f.severity > $0 }) ?? true { highest = f.severity }
    }

    /// Writes the files that need every record (index, SARIF, notice) and the manifest, last.
    public func finish(manifest: BatchManifest) throws {
        try jsonl.commit()
        try summary.commit()
        let index = try SpoolFile(target: dir.appendingPathComponent("index.html"), scratch: scratch)
        try index.append(HTMLReport.indexHead(apps: count, errors: errors, lang: lang))
        try index.append(contentsOf: indexRows)
        try index.append(HTMLReport.indexTail(lang: lang))
        try index.commit()
        indexRows.discard()
        try sarif.finish()
        let rows = NoticeTable.sorted(notice)
        try AtomicFile.write(NoticeTable.csv(rows, lang: lang), to: dir.appendingPathComponent("notice.csv"))
        try AtomicFile.write(NoticeTable.markdown(rows, lang: lang), to: dir.appendingPathComponent("notice.md"))
        try AtomicFile.write(try JSONOutput.string(manifest) + "\n", to: dir.appendingPathComponent("batch.json"))
    }
}
