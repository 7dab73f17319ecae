import Foundation

/// `DIR/results/<key>.json`: one finished scan per file, written by rename so a reader sees
/// either nothing or the whole report. `DIR/tmp/` holds files being written (some, the SARIF
/// results and index rows, are read back when the run's combined files are put together); it
/// is emptied at the start of every run, so nothing left there by a stopped run is read.
public struct ResultStore: Sendable {
    public let root: URL
    public var results: URL { root.appendingPathComponent("results") }
    public var tmp: URL { root.appendingPathComponent("tmp") }
    /// `--fetch-policies` copies, one folder per result key.
    public var policies: URL { root.appendingPathComponent("policies") }

    public init(root: String) throws {
        self.root = URL(fileURLWithPath: root).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: tmp)
            try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        } catch {
            throw BatchError.outputFolder(root, "\(error.localizedDescription)")
        }
    }

    /// The key of one job: the package, the tool (version, knowledge base, rules) and every
    /// option that changes the report. A different policy file or category is a different result.
    public static func key(packageDigest: String, tool: ToolInfo, item: BatchItem, optionsDigest: String) -> String {
        let parts = [
            "mingcha-result/1", packageDigest, tool.version, tool.knowledgeBaseVersion, tool.rulesVersion, optionsDigest,
            item.path, item.name ?? "", item.developer ?? "", item.source ?? "", item.category ?? "", item.appid ?? "",
            item.policy.map { p in (try? Hashing.sha256Hex(fileAt: p)) ?? "unreadable:" + p } ?? "",
        ] + (item.policyURL.map { ["policy-url:" + $0] } ?? [])
        return Hashing.sha256Hex(Array(parts.joined(separator: "\u{1F}").utf8))
    }

    public func url(forKey key: String) -> URL { results.appendingPathComponent(key + ".json") }

    /// A finished result, if one exists, decodes, and was made by this very tool.
    public func load(key: String, tool: ToolInfo) -> ScanReport? {
        guard let data = FileManager.default.contents(atPath: url(forKey: key).path),
              let report = try? JSONDecoder().decode(ScanReport.self, from: data),
              report.tool == tool else { return nil }
        return report
    }

    /// A fresh temporary path inside `tmp/` for a child to write to.
    public func temporaryPath(for key: String) -> URL {
        tmp.appendingPathComponent("\(key).\(UUID().uuidString).json")
    }

    /// Publish: the child's finished file is renamed over the final name (atomic on POSIX).
    /// Not synced first: `load` refuses a result that does not decode (see `AtomicFile`).
    public func publish(temporary: URL, key: String) throws {
        if rename(temporary.path, url(forKey: key).path) != 0 {
            throw BatchError.outputFolder(root.path, "cannot rename \(temporary.lastPathComponent): \(String(cString: strerror(errno)))")
        }
    }

    public func save(_ report: ScanReport, key: String) throws {
        try AtomicFile.write(try JSONOutput.data(report), to: url(forKey: key))
    }
}
