/// A file in a package that may be a privacy policy (asset, res/raw, mini-program page).
public struct PolicyCandidate: Sendable {
    /// Path inside the package.
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
}

/// Decides which policy a scan reads and summarises it for the rules.
///
/// Contract used by the scanner: keep this signature; add freely.
public enum PolicyFinder {
    /// The supplied file wins; else the best in-package candidate whose text is a privacy policy;
    /// else `.linked` when only URLs were found; else `.absent`.
    /// Throws only when the supplied file cannot be read.
    public static func summary(suppliedPath: String?, candidates: [PolicyCandidate], urls: [String],
                               limits: ScanLimits) throws -> PolicySummary {
        let terms = try PolicyTerms.standard()
        let urls = Array(Set(urls)).sorted()
        if let path = suppliedPath {
            let doc = try PolicyReader.readFile(path, limits: limits)
            let verdict = PolicyClassifier.classify(doc, terms: terms)
            let src = Evidence(.input, file: path, location: doc.title,
                               detail: "supplied policy (\(doc.format.rawValue), \(doc.encoding)); \(verdict.reason)")
            return PolicyReader.summary(of: doc, availability: .supplied, source: [src], urls: urls, terms: terms)
        }
        var best: (PolicyDocument, PolicyClassifier.Verdict)?
        var rejected: [String] = []
        for c in candidates {
            guard let doc = try? PolicyReader.document(bytes: c.bytes, name: c.path, limits: limits) else {
                rejected.append("\(c.path) (unreadable)"); continue
            }
            let v = PolicyClassifier.classify(doc, terms: terms)
            guard v.isPolicy else { rejected.append("\(c.path) (\(v.reason))"); continue }
            if best == nil || v.score > (best?.1.score ?? 0) { best = (doc, v) }
        }
        if let (doc, v) = best {
            let src = Evidence(.packageFile, file: doc.file, location: doc.title, detail: "\(doc.format.rawValue), \(doc.encoding); \(v.reason)")
            return PolicyReader.summary(of: doc, availability: .inPackage, source: [src], urls: urls, terms: terms)
        }
        if !urls.isEmpty {
            return PolicySummary(availability: .linked, source: urls.prefix(10).map { Evidence(.string, detail: $0) }, urls: urls)
        }
        let searched = candidates.isEmpty ? "no policy-like file in the package"
            : "\(candidates.count) candidate file(s), none a privacy policy: " + rejected.prefix(8).joined(separator: "; ")
        return PolicySummary(availability: .absent,
                             source: [Evidence(.policyMissing, detail: "no --policy file; \(searched); no policy URL in the package")])
    }
}
