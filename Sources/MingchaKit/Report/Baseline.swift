import Foundation

/// Findings a team has accepted, by fingerprint. Read from any of: a previous JSON scan report,
/// a SARIF log (`partialFingerprints["mingcha/v1"]`), a batch `results.jsonl`, a baseline file
/// written by `scan --write-baseline`, or plain text with one fingerprint per line (`#` comments).
public struct Baseline: Sendable, Equatable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) { self.fingerprints = fingerprints }

    public func accepts(_ fingerprint: String) -> Bool { fingerprints.contains(fingerprint) }

    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw BaselineError.unreadable(path) }
        guard data.count <= 512 << 20 else { throw BaselineError.tooLarge(path) }
        return try parse(data, path: path)
    }

    public static func parse(_ data: Data, path: String = "baseline") throws -> Baseline {
        let decoder = JSONDecoder()
        if let report = try? decoder.decode(ScanReport.self, from: data) {
            return Baseline(fingerprints: Set(Fingerprint.all(report).map(\.fingerprint)))
        }
        if let file = try? decoder.decode(File.self, from: data) {
            return Baseline(fingerprints: Set(file.fingerprints.map(\.fingerprint)))
        }
        if let sarif = try? decoder.decode(SARIFLog.self, from: data) {
            let fps = sarif.runs.flatMap { $0.results ?? [] }.compactMap { $0.partialFingerprints?[Fingerprint.scheme] }
            return Baseline(fingerprints: Set(fps))
        }
        let text = String(decoding: data, as: UTF8.self)
        var set = Set<String>()
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            // A batch results.jsonl line: a record holding a report.
            if line.hasPrefix("{"), let rec = try? decoder.decode(ReportHolder.self, from: Data(line.utf8)) {
                set.formUnion(Fingerprint.all(rec.report).map(\.fingerprint)); continue
            }
            let fp = String(line.prefix { !$0.isWhitespace })
            guard fp.count == 64, fp.allSatisfy({ $0.isHexDigit }) else { throw BaselineError.badLine(path, n + 1, String(line.prefix(80))) }
            set.insert(fp.lowercased())
        }
        return Baseline(fingerprints: set)
    }

    /// The baseline file `scan --write-baseline` writes: fingerprints with what they stand for.
    public struct File: Codable, Sendable {
        public var schema = "mingcha-baseline/1"
        public var fingerprints: [Entry]
        public struct Entry: Codable, Sendable {
            public var fingerprint: String
            public var ruleId: String
            public var app: String
            public var severity: Severity
        }
        public init(reports: [ScanReport]) {
            var seen = Set<String>()
            fingerprints = reports.flatMap { r in
                Fingerprint.all(r).map { Entry(fingerprint: $0.fingerprint, ruleId: $0.finding.ruleId, app: r.appKey, severity: $0.finding.severity) }
            }.filter { seen.insert($0.fingerprint).inserted }
            .sorted { ($0.app, $0.ruleId, $0.fingerprint) < ($1.app, $1.ruleId, $1.fingerprint) }
        }
    }

    struct SARIFLog: Decodable {
        struct Run: Decodable { var results: [Result]? }
        struct Result: Decodable { var partialFingerprints: [String: String]? }
        var runs: [Run]
    }
    struct ReportHolder: Decodable { var report: ScanReport }
}

public enum BaselineError: MingchaError {
    case unreadable(String)
    case tooLarge(String)
    case badLine(String, Int, String)
    public var code: String {
        switch self {
        case .unreadable: return "baseline.unreadable"
        case .tooLarge: return "baseline.too-large"
        case .badLine: return "baseline.malformed"
        }
    }
    public var description: String {
        switch self {
        case .unreadable(let p): return "cannot read the baseline file \(p)"
        case .tooLarge(let p): return "the baseline file \(p) is larger than 512 MiB"
        case .badLine(let p, let n, let l):
            return "\(p) line \(n) is not a fingerprint (64 hex digits), and the file is not a scan report, SARIF log, results.jsonl or baseline file: \(l)"
        }
    }
}
