import Foundation

/// Reads one policy file: bytes → decoded, normalised text → blocks (HTML / Markdown / text) →
/// `PolicyDocument`; and a document → the `PolicySummary` rules consume.
public enum PolicyReader {
    /// Decodes and structures `bytes`. `name` decides the format by extension, else the content.
    public static func document(bytes: [UInt8], name: String, limits: ScanLimits = ScanLimits()) throws -> PolicyDocument {
        try structure(decode(bytes: bytes, name: name, limits: limits)).document
    }

    /// A file's bytes as text: cut at the policy size limit, decoded, and refused when mostly
    /// undecodable. Decoding once lets a caller structure the head and then, if needed, the whole.
    public struct Text: Sendable {
        public var name: String
        public var text: String
        public var encoding: String
        public var replaced: Int
        /// The file was larger than `ScanLimits.maxPolicyBytes`.
        public var truncated: Bool
    }

    public static func decode(bytes: [UInt8], name: String, limits: ScanLimits = ScanLimits()) throws -> Text {
        let truncated = bytes.count > limits.maxPolicyBytes
        let data = truncated ? Array(bytes.prefix(limits.maxPolicyBytes)) : bytes
        guard !data.isEmpty else { throw PolicyError.empty(name) }
        let decoded = try PolicyTextDecoder.decode(data, name: name)
        // Mostly replacement characters: this was not text in any encoding we know.
        let scalars = decoded.text.unicodeScalars.count
        if scalars > 0, decoded.replaced * 3 > scalars {
            throw PolicyError.notText(name, "\(decoded.replaced) of \(scalars) characters undecodable as \(decoded.encoding)")
        }
        return Text(name: name, text: decoded.text, encoding: decoded.encoding, replaced: decoded.replaced, truncated: truncated)
    }

    /// Normalises and structures the text: all of it, or with `headCharacters` only up to the first
    /// line end after that many characters (`complete` false when that cut anything). A head is
    /// enough to classify a file, since the classifier reads a bounded sample, and far cheaper on the
    /// megabyte dictionaries and logs apps ship among their assets.
    public static func structure(_ decoded: Text, headCharacters: Int? = nil) throws -> (document: PolicyDocument, complete: Bool) {
        var source = decoded.text
        var complete = true
        if let n = headCharacters, let cut = lineEnd(in: source, after: n) {
            source = String(source[..<cut]); complete = false
        }
        let text = TextNormaliser.normalise(source)
        let format = detectFormat(name: decoded.name, text: text)
        var title: String?
        var blocks: [PolicyBlock]
        switch format {
        case .html:
            let r = HTMLPolicyExtractor.extract(text)
            title = r.title; blocks = r.blocks
        case .markdown:
            blocks = PlainPolicyExtractor.blocks(text, markdown: true)
        case .text:
            blocks = PlainPolicyExtractor.blocks(text, markdown: false)
        }
        guard blocks.contains(where: { !$0.text.isEmpty }) else { throw PolicyError.empty(decoded.name) }
        return (PolicyDocument(file: decoded.name, format: format, encoding: decoded.encoding, title: title, blocks: blocks,
                               truncated: decoded.truncated, replacedCharacters: decoded.replaced), complete)
    }

    /// The index just past the first line feed at or after `n` Unicode scalars; nil when the text
    /// ends before that (nothing to cut). A cut at a line end keeps every line before it whole.
    static func lineEnd(in text: String, after n: Int) -> String.Index? {
        let scalars = text.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: n, limitedBy: scalars.endIndex),
              start < scalars.endIndex else { return nil }
        guard let nl = scalars[start...].firstIndex(of: "\n") else { return nil }
        let after = scalars.index(after: nl)
        return after < scalars.endIndex ? after : nil
    }

    static func detectFormat(name: String, text: String) -> PolicyDocument.Format {
        let ext = (name as NSString).pathExtension.lowercased()
        if ["html", "htm", "xhtml", "shtml"].contains(ext) { return .html }
        if ["md", "markdown"].contains(ext) { return .markdown }
        let head = String(text.prefix(2048)).lowercased()
        if ["<!doctype html", "<html", "<body", "<head", "<meta", "<p>", "<p ", "<div", "<br", "<h1", "<h2", "<table", "<span"]
            .contains(where: { head.contains($0) }) { return .html }
        if ext == "txt" { return .text }
        if head.hasPrefix("# ") || head.contains("\n# ") || head.contains("\n## ") || head.contains("|---") || head.contains("| ---") {
            return .markdown
        }
        return .text
    }

    /// The facts of `document`. `availability` and `source` say where it came from.
    public static func summary(of document: PolicyDocument, availability: PolicySummary.Availability, source: [Evidence],
                               urls: [String] = [], terms: PolicyTerms) -> PolicySummary {
        let sentences = document.sentences(terms: terms)
        let file = document.file
        let m = MentionExtractor.run(sentences, file: file, terms: terms)
        let c = ClauseExtractor.run(sentences, file: file, terms: terms)
        let (contact, complaint) = ContactExtractor.run(sentences, file: file, terms: terms)
        let dates = DateExtractor.run(sentences)
        var s = PolicySummary(availability: availability, source: source, urls: urls, mentions: m.mentions, negations: m.negations,
                              sdkDisclosures: SDKDisclosureExtractor.run(sentences, document: document, terms: terms),
                              deletion: c.deletion, contact: contact, personalisation: c.personalisation, vagueness: m.vagueness,
                              improveExperienceOnly: m.improveExperienceOnly, impliedConsent: m.impliedConsent,
                              updatedDate: dates.updated, effectiveDate: dates.effective)
        s.withdrawalDescribed = !c.withdrawal.isEmpty
        s.withdrawalEvidence = c.withdrawal
        var details = c.details
        details.complaintEvidence = complaint
        s.details = details
        return s
    }

    /// Reads a file from disk (the `--policy` file): typed errors for missing or unreadable files.
    public static func readFile(_ path: String, limits: ScanLimits = ScanLimits()) throws -> PolicyDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw PolicyError.unreadable(path, "no such file") }
        guard !isDir.boolValue else { throw PolicyError.unreadable(path, "it is a folder") }
        guard let h = FileHandle(forReadingAtPath: path) else { throw PolicyError.unreadable(path, "permission denied") }
        defer { try? h.close() }
        let data: Data
        do { data = try h.read(upToCount: limits.maxPolicyBytes + 1) ?? Data() } catch {
            throw PolicyError.unreadable(path, error.localizedDescription)
        }
        return try document(bytes: [UInt8](data), name: path, limits: limits)
    }
}
