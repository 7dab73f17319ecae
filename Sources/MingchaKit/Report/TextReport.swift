/// A short human summary for a terminal.
public enum TextReport {
    public static func render(_ r: ScanReport, lang: String = "zh", maxEvidence: Int = 3) -> String {
        var out: [String] = []
        let id = r.facts?.identity
        out.append("\(r.displayName)  \(id?.id ?? "")  \(id?.versionName.map { "v" + $0 } ?? "")")
        out.append("  \(r.input.fileName)  sha256 \(r.input.sha256.prefix(16))…  [\(r.input.kind)]  status: \(r.status.rawValue)")
        for p in r.problems { out.append("  ! \(p.code): \(p.message)") }
        if let f = r.facts {
            let sdks = f.sdks.map { $0.nameZh ?? $0.nameEn }.sorted()
            out.append("  " + (lang == "en" ? "permissions" : "权限") + ": \(f.permissions.count)   SDK: \(sdks.count)"
                       + (sdks.isEmpty ? "" : " (" + sdks.prefix(8).joined(separator: ", ") + (sdks.count > 8 ? ", …" : "") + ")"))
            for l in f.limitations { out.append("  ⚠ \(l)") }
        }
        let findings = r.sortedFindings
        out.append("  " + (lang == "en" ? "findings" : "发现问题") + ": \(findings.count)")
        for f in findings {
            let sev = ViolationTypes.severity[f.severity]?.text(lang) ?? f.severity.rawValue
            let conf = ViolationTypes.confidence[f.confidence]?.text(lang) ?? f.confidence.rawValue
            let cats = ViolationTypes.labels(of: f, lang: lang).joined(separator: ",")
            out.append("  [\(sev)] \(f.ruleId) \(f.title.text(lang)) (\(cats); \(conf))")
            out.append("      \(f.message.text(lang))")
            for e in f.evidence.prefix(maxEvidence) { out.append("      - \(e.oneLine)") }
            if f.evidence.count > maxEvidence { out.append("      - … +\(f.evidence.count - maxEvidence)") }
        }
        return out.joined(separator: "\n")
    }
}
