import Foundation

/// `--fetch-policies`: tries the supplied policy URLs, then the package's own, best-ranked first,
/// saves every answer in the settings' folder, and stops at the first one that reads as a privacy
/// policy. Each try is recorded, failures included, so the report says what was and was not read.
enum PolicyURLFetching {
    struct Outcome {
        var fetches: [PolicyFetch] = []
        var policy: (PolicyDocument, PolicyClassifier.Verdict, PolicyFetch)?
    }

    /// `supplied`: the tester's URLs (`--policy-url`, batch list), tried before the package's own.
    static func run(_ settings: PolicyFetchSettings, supplied: [String], packageURLs: [String], limits: ScanLimits,
                    terms: PolicyTerms) -> Outcome {
        var out = Outcome()
        var tried = Set<String>()
        let order = supplied.map { ($0, "supplied") } + rank(packageURLs).map { ($0, "package") }
        for (url, origin) in order where out.fetches.count < settings.maxURLs && !tried.contains(url) {
            tried.insert(url)
            var record = PolicyFetch(url: url, origin: origin)
            let (result, redirects) = PolicyFetcher.get(url, maxBytes: limits.maxPolicyBytes, timeout: settings.timeoutSeconds,
                                                        maxRedirects: settings.maxRedirects)
            record.redirects = redirects
            switch result {
            case .failure(let e):
                record.errorCode = e.code; record.error = e.description
            case .success(let answer):
                record.finalURL = answer.finalURL; record.httpStatus = answer.status; record.contentType = answer.contentType
                record.bytes = answer.body.count
                record.sha256 = Hashing.sha256Hex(answer.body)
                let name = fileName(index: out.fetches.count + 1, url: answer.finalURL, contentType: answer.contentType, sha: record.sha256 ?? "")
                do {
                    record.savedAs = try save(answer.body, name: name, in: settings.directory)
                } catch let e as PolicyFetchError {
                    record.errorCode = e.code; record.error = e.description
                } catch {}
                do {
                    var doc = try PolicyReader.document(bytes: answer.body, name: name, limits: limits)
                    doc.file = url
                    let verdict = PolicyClassifier.classify(doc, terms: terms)
                    record.isPolicy = verdict.isPolicy; record.verdict = verdict.reason
                    if verdict.isPolicy, out.policy == nil { out.policy = (doc, verdict, record) }
                } catch {
                    record.isPolicy = false
                    record.verdict = "\(error)"
                }
            }
            out.fetches.append(record)
            if out.policy != nil { break }
        }
        return out
    }

    /// Privacy-policy URLs before user agreements and other terms; shorter (less parameterised) first.
    static func rank(_ urls: [String]) -> [String] {
        func weight(_ u: String) -> Int {
            let l = u.lowercased()
            if ["privacy", "yinsi", "ysxy", "ysbh", "隐私", "%e9%9a%90%e7%a7%81"].contains(where: { l.contains($0) }) { return 0 }
            if l.contains("policy") { return 1 }
            return 2
        }
        return urls.sorted { (weight($0), $0.count, $0) < (weight($1), $1.count, $1) }
    }

    /// `1-host-sha12.html`: ordered as tried, names the site, and the hash ties it to the report.
    static func fileName(index: Int, url: String, contentType: String?, sha: String) -> String {
        let host = (URL(string: url)?.host ?? "policy").map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        let type = (contentType ?? "").lowercased()
        let ext: String
        if type.contains("html") { ext = "html" }
        else if type.contains("text/plain") { ext = "txt" }
        else if type.contains("markdown") { ext = "md" }
        else {
            let p = (URL(string: url)?.pathExtension ?? "").lowercased()
            ext = ["html", "htm", "txt", "md"].contains(p) ? p : "html"
        }
        return "\(index)-\(String(host))-\(sha.prefix(12)).\(ext)"
    }

    static func save(_ bytes: [UInt8], name: String, in directory: String) throws -> String {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        let file = dir.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        } catch {
            throw PolicyFetchError.save(file.path, error.localizedDescription)
        }
        return file.standardizedFileURL.path
    }
}
