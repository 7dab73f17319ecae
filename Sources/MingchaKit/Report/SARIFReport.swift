/// SARIF 2.1.0 for code-scanning UIs: one run, the rules that fired, one result per finding.
/// The package file is the artifact; the file inside it and the class/element are logical locations.
public enum SARIFReport {
    public static func render(_ reports: [ScanReport], lang: String = "zh") throws -> String {
        var parts = Parts()
        var results: [(result: Result, rule: Int32)] = []
        for r in reports { results += parts.add(r, lang: lang) }
        let position = parts.ruleIndexBySeen()
        return try JSONOutput.string(parts.log(results: results.map { n in
            var result = n.result
            result.ruleIndex = position[Int(n.rule)]
            return result
        }))
    }

    /// What a whole batch's log holds besides its results: the packages and the rules that
    /// fired. A batch keeps only this in memory and writes each result as it comes.
    struct Parts {
        /// The rules that fired, in the order first seen, and each one's number in that order.
        private var rules: [Rule] = []
        private var seen: [String: Int32] = [:]
        private(set) var artifacts: [Artifact] = []
        private var artifactSeen = Set<String>()

        /// Records the report's package and rules; its results, without their rule index, each
        /// with its rule's first-seen number (what a batch keeps per result instead of the id).
        mutating func add(_ r: ScanReport, lang: String) -> [(result: Result, rule: Int32)] {
            // Artifacts must be unique: the same package listed twice is one artifact.
            if artifactSeen.insert(r.input.fileName + "|" + r.input.sha256).inserted {
                artifacts.append(Artifact(location: .init(uri: uri(r.input.fileName)),
                                          hashes: r.input.sha256.isEmpty ? nil : ["sha-256": r.input.sha256]))
            }
            var results: [(result: Result, rule: Int32)] = []
            for f in r.sortedFindings {
                let rule: Int32
                if let known = seen[f.ruleId] { rule = known } else {
                    rule = Int32(rules.count)
                    seen[f.ruleId] = rule
                    rules.append(Rule(id: f.ruleId, name: f.ruleId,
                                      shortDescription: .init(text: f.title.text(lang)),
                                      help: .init(text: f.remediation.text(lang)),
                                      defaultConfiguration: .init(level: level(f.severity)),
                                      properties: .init(types: f.types, miitCategory: f.miitCategory,
                                                        legalBasis: f.legalBasis)))
                }
                var logicalSeen = Set<String>()
                let logical = f.evidence.compactMap { e -> LogicalLocation? in
                    let name = [e.file, e.location].compactMap { $0 }.joined(separator: " · ")
                    guard !name.isEmpty, logicalSeen.insert(name + "|" + e.kind.rawValue).inserted else { return nil }
                    return LogicalLocation(fullyQualifiedName: name, kind: e.kind.rawValue)
                }
                let evidenceText = f.evidence.prefix(5).map { "- " + $0.oneLine }.joined(separator: "\n")
                results.append((Result(
                    ruleId: f.ruleId, level: level(f.severity),
                    message: .init(text: f.message.text(lang) + (evidenceText.isEmpty ? "" : "\n" + evidenceText)),
                    locations: [Location(physicalLocation: .init(artifactLocation: .init(uri: uri(r.input.fileName))),
                                         logicalLocations: logical.isEmpty ? nil : Array(logical.prefix(10)))],
                    partialFingerprints: [Fingerprint.scheme: Fingerprint.of(f, appId: r.appKey)],
                    properties: .init(confidence: f.confidence.rawValue, severity: f.severity.rawValue,
                                      needsDynamicCheck: f.needsDynamicCheck, sdk: f.sdk, app: r.facts?.identity.id)), rule))
            }
            return results
        }

        /// The rules that fired, by id: a result's rule index points into this list.
        var ruleList: [Rule] { rules.sorted { $0.id < $1.id } }

        /// For each rule by its first-seen number, its rule index: its place in `ruleList`.
        func ruleIndexBySeen() -> [Int] {
            var position = [Int](repeating: 0, count: rules.count)
            for (place, n) in rules.indices.sorted(by: { rules[$0].id < rules[$1].id }).enumerated() { position[n] = place }
            return position
        }

        func log<R: Encodable>(results: R) -> Log<R> {
            Log(runs: [Run(tool: .init(driver: .init(version: Scanner.version, rules: ruleList)),
                           artifacts: artifacts, results: results)])
        }
    }

    /// A file name as a relative URI reference (RFC 3986): spaces, CJK and '#'/'?' percent-encoded.
    static func uri(_ name: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/".utf8)
        var out = ""
        for b in name.utf8 {
            if allowed.contains(b) { out.unicodeScalars.append(Unicode.Scalar(b)) }
            else { let h = String(b, radix: 16, uppercase: true); out += "%" + (h.count < 2 ? "0" + h : h) }
        }
        return out
    }

    static func level(_ s: Severity) -> String {
        switch s { case .high: return "error"; case .medium: return "warning"; case .low, .info: return "note" }
    }

    struct Log<Results: Encodable>: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run<Results>]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run<Results: Encodable>: Encodable { let tool: Tool; let artifacts: [Artifact]; let results: Results }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name = "mingcha"
        let fullName = "明察 Mingcha privacy-compliance scanner"
        let version: String
        let informationUri = "https://example.invalid/mingcha"
        let rules: [Rule]
    }
    struct Text: Encodable { let text: String }
    struct Rule: Encodable {
        let id: String; let name: String; let shortDescription: Text; let help: Text
        let defaultConfiguration: Config; let properties: RuleProps
    }
    struct Config: Encodable { let level: String }
    struct RuleProps: Encodable { let types: [Int]; let miitCategory: String?; let legalBasis: [String] }
    struct Artifact: Encodable { let location: ArtifactLocation; let hashes: [String: String]? }
    struct ArtifactLocation: Encodable { let uri: String }
    struct Result: Encodable {
        let ruleId: String
        var ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
        let partialFingerprints: [String: String]
        let properties: ResultProps
        init(ruleId: String, level: String, message: Text, locations: [Location],
             partialFingerprints: [String: String], properties: ResultProps) {
            self.ruleId = ruleId; self.level = level; self.message = message; self.locations = locations
            self.partialFingerprints = partialFingerprints; self.properties = properties
        }
    }
    struct Location: Encodable { let physicalLocation: Physical; let logicalLocations: [LogicalLocation]? }
    struct Physical: Encodable { let artifactLocation: ArtifactLocation }
    struct LogicalLocation: Encodable { let fullyQualifiedName: String; let kind: String }
    struct ResultProps: Encodable {
        let confidence: String; let severity: String; let needsDynamicCheck: Bool; let sdk: String?; let app: String?
    }
}
