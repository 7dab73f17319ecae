/// RFC 4180 CSV: quote fields holding separators, quotes or line breaks.
public enum CSV {
    public static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// Parse one CSV/TSV document into rows (quoted fields, doubled quotes, CRLF or LF).
    public static func parse(_ text: String, separator: Character = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? { if let p = pending { pending = nil; return p }; return chars.next() }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == separator {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else if c == "\r" {
                continue
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }
}

/// One row per app: identity, counts per violation type, top findings, scan status.
public enum CSVSummary {
    public static var header: [String] {
        ["file", "sha256", "kind", "status", "app_id", "app_name", "version", "developer", "error"]
            + (1...10).map { "type\($0)" } + ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "SDK"]
            + ["findings", "high", "medium", "low", "info", "top_findings"]
    }

    /// `name` and `developer` come from a batch list when it has them.
    public static func row(_ r: ScanReport, name: String? = nil, developer: String? = nil) -> [String] {
        let id = r.facts?.identity
        let fs = r.findings
        var cells = [r.input.fileName, r.input.sha256, r.input.kind, r.status.rawValue, id?.id ?? "",
                     name ?? r.displayName, id?.versionName ?? "", developer ?? id?.developer ?? "",
                     r.problems.map { "\($0.code): \($0.message)" }.joined(separator: "; ")]
        cells += (1...10).map { t in String(fs.filter { $0.types.contains(t) }.count) }
        cells += ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "SDK"].map { c in
            String(fs.filter { ($0.miitCategory ?? "").split(separator: ",").map(String.init).contains(c) }.count)
        }
        cells.append(String(fs.count))
        cells += [Severity.high, .medium, .low, .info].map { s in String(fs.filter { $0.severity == s }.count) }
        cells.append(r.sortedFindings.prefix(5).map { $0.ruleId }.joined(separator: " "))
        return cells
    }

    public static func render(_ reports: [ScanReport]) -> String {
        CSV.line(header) + reports.map { CSV.line(row($0)) }.joined()
    }
}

/// The regulator's notice table: 应用名称, 开发者, 版本, 来源, 所涉问题 — apps with findings at or
/// above a severity, each problem named by its type.
public enum NoticeTable {
    public struct Row: Equatable {
        public var name, developer, version, source, problems: String
    }

    /// One app for the notice: its report and what the batch list says (list wins).
    public struct Entry {
        public var report: ScanReport
        public var name, developer, source: String?
        public init(report: ScanReport, name: String? = nil, developer: String? = nil, source: String? = nil) {
            self.report = report; self.name = name; self.developer = developer; self.source = source
        }
    }

    public static func rows(_ reports: [ScanReport], minimum: Severity = .medium, lang: String = "zh",
                            sources: [String: String] = [:]) -> [Row] {
        rows(entries: reports.map { Entry(report: $0, source: sources[$0.input.sha256]) }, minimum: minimum, lang: lang)
    }

    public static func rows(entries: [Entry], minimum: Severity = .medium, lang: String = "zh") -> [Row] {
        sorted(entries.compactMap { row($0, minimum: minimum, lang: lang) })
    }

    /// The app's row, or nil when it has no finding at `minimum` or above (or was not scanned).
    static func row(_ e: Entry, minimum: Severity = .medium, lang: String = "zh") -> Row? {
        let r = e.report
        guard r.status != .error else { return nil }
        let fs = r.sortedFindings.filter { $0.severity >= minimum }
        guard !fs.isEmpty else { return nil }
        var seen = Set<String>()
        var problems: [String] = []
        for f in fs {
            let label: String
            if let t = f.types.first, let name = ViolationTypes.ten[t] { label = name.text(lang) }
            else if let c = f.miitCategory?.split(separator: ",").first, let name = ViolationTypes.miit[String(c)] { label = name.text(lang) }
            else { label = f.title.text(lang) }
            let withSDK = f.sdk.map { "\(label)（SDK: \($0)）" } ?? label
            if seen.insert(withSDK).inserted { problems.append(withSDK) }
        }
        let id = r.facts?.identity
        return Row(name: e.name ?? r.displayName, developer: e.developer ?? id?.developer ?? "", version: id?.versionName ?? "",
                   source: e.source ?? "", problems: problems.joined(separator: "；"))
    }

    /// The notice's order: by name, version, source, problems; apps equal in all of them stay in input order.
    static func sorted(_ rows: [Row]) -> [Row] {
        rows.sorted { ($0.name, $0.version, $0.source, $0.problems) < ($1.name, $1.version, $1.source, $1.problems) }
    }

    static func headers(_ lang: String) -> [String] {
        lang == "en" ? ["App name", "Developer", "Version", "Source", "Problems"]
                     : ["应用名称", "开发者", "版本", "来源", "所涉问题"]
    }

    public static func csv(_ rows: [Row], lang: String = "zh") -> String {
        CSV.line(headers(lang)) + rows.map { CSV.line([$0.name, $0.developer, $0.version, $0.source, $0.problems]) }.joined()
    }

    public static func markdown(_ rows: [Row], lang: String = "zh") -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "| 序号 | " + headers(lang).joined(separator: " | ") + " |\n|---|---|---|---|---|---|\n"
        for (i, r) in rows.enumerated() {
            out += "| \(i + 1) | " + [r.name, r.developer, r.version, r.source, r.problems].map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
