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
        try summary(suppliedPath: suppliedPath, candidates: candidates, urls: urls, limits: limits, suppliedURLs: [], fetch: nil)
    }

    /// As above, with the tester's policy URLs (recorded as links) and, when `fetch` is given, the
    /// URLs fetched: a fetched privacy policy wins over an in-package copy (it is the live text the
    /// app links to), the supplied file over both. Every fetch is recorded in `fetches`.
    public static func summary(suppliedPath: String?, candidates: [PolicyCandidate], urls packageURLs: [String],
                               limits: ScanLimits, suppliedURLs: [String], fetch: PolicyFetchSettings?) throws -> PolicySummary {
        let terms = try PolicyTerms.standard()
        let urls = Array(Set(packageURLs + suppliedURLs)).sorted()
        if let path = suppliedPath {
            let doc = try PolicyReader.readFile(path, limits: limits)
            let verdict = PolicyClassifier.classify(doc, terms: terms)
            let src = Evidence(.input, file: path, location: doc.title,
                               detail: "supplied policy (\(doc.format.rawValue), \(doc.encoding)); \(verdict.reason)")
            return PolicyReader.summary(of: doc, availability: .supplied, source: [src], urls: urls, terms: terms)
        }
        var fetches: [PolicyFetch]?
        if let fetch {
            let run = PolicyURLFetching.run(fetch, supplied: suppliedURLs, packageURLs: packageURLs, limits: limits, terms: terms)
            fetches = run.fetches
            if let (doc, verdict, record) = run.policy {
                let src = Evidence(.input, file: record.savedAs, location: doc.title,
                                   detail: "fetched from \(record.finalURL ?? record.url) (\(doc.format.rawValue), \(doc.encoding)); \(verdict.reason)")
                var s = PolicyReader.summary(of: doc, availability: .fetched, source: [src], urls: urls, terms: terms)
                s.fetches = fetches
                return s
            }
        }
        var s = try inPackageOrLinked(candidates: candidates, urls: urls, supplied: Set(suppliedURLs), limits: limits, terms: terms)
        s.fetches = fetches
        return s
    }

    static func inPackageOrLinked(candidates: [PolicyCandidate], urls: [String], supplied: Set<String>, limits: ScanLimits,
                                  terms: PolicyTerms) throws -> PolicySummary {
        var best: (PolicyDocument, PolicyClassifier.Verdict)?
        var rejected: [String] = []
        for c in candidates {
            // Most candidates are not policies (dictionaries, licences, logs that mention 隐私):
            // classify the head of a long file first and read the rest only if it may be one.
            guard let text = try? PolicyReader.decode(bytes: c.bytes, name: c.path, limits: limits) else {
                rejected.append("\(c.path) (unreadable)"); continue
            }
            let head = try? PolicyReader.structure(text, headCharacters: PolicyClassifier.headCharacters)
            if let head, !head.complete, let v = PolicyClassifier.classify(head: head.document, terms: terms), !v.isPolicy {
                rejected.append("\(c.path) (\(v.reason))"); continue
            }
            let whole = head?.complete == true ? head?.document : nil
            guard let doc = whole ?? (try? PolicyReader.structure(text).document) else {
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
            return PolicySummary(availability: .linked, source: urls.prefix(10).map { Evidence(supplied.contains($0) ? .input : .string, detail: $0) }, urls: urls)
        }
        let searched = candidates.isEmpty ? "no policy-like file in the package"
            : "\(candidates.count) candidate file(s), none a privacy policy: " + rejected.prefix(8).joined(separator: "; ")
        return PolicySummary(availability: .absent,
                             source: [Evidence(.policyMissing, detail: "no --policy file; \(searched); no policy URL in the package")])
    }
}
