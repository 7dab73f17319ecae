/// A finding's identity across runs, for baselines and SARIF: the rule, the app and the evidence
/// (sorted, so the order in which a scan met the evidence does not matter). Line numbers and
/// timing are not part of evidence, so a rescan of the same package gives the same fingerprints.
public enum Fingerprint {
    public static let scheme = "mingcha/v1"

    public static func of(_ f: Finding, appId: String) -> String {
        let evidence = Set(f.evidence.map(\.oneLine)).sorted().joined(separator: "\n")
        let text = [scheme, f.ruleId, appId, f.sdk ?? "", evidence].joined(separator: "\u{1F}")
        return Hashing.sha256Hex(Array(text.utf8))
    }

    /// Every finding of a report with its fingerprint, in the report's stable order.
    public static func all(_ r: ScanReport) -> [(finding: Finding, fingerprint: String)] {
        r.sortedFindings.map { ($0, of($0, appId: r.appKey)) }
    }
}

extension ScanReport {
    /// The app a finding belongs to: package name / appid, or the file name when unreadable.
    public var appKey: String { facts?.identity.id ?? input.fileName }
}
