import Foundation

/// Checks of the knowledge base beyond what loading enforces: unknown info types, duplicate or
/// overlapping patterns that would attribute classes to the wrong SDK, broken references.
public enum SignaturesLint {
    public struct Issue: Codable, Hashable, Sendable, CustomStringConvertible {
        public enum Severity: String, Codable, Sendable { case error, warning }
        public var severity: Severity
        /// Stable short code: `unknown-info-type`, `duplicate-pattern`, ...
        public var code: String
        public var file: String
        public var entry: String?
        public var message: String
        public var description: String {
            "\(severity.rawValue): \(file)\(entry.map { " [\($0)]" } ?? ""): \(message) (\(code))"
        }
    }

    /// Lints the knowledge base in `root`; a file that does not load is one error.
    public static func run(root: URL = MingchaPaths.signatures) -> [Issue] {
        let files: KnowledgeLoader
        do { files = try KnowledgeLoader(root: root) } catch {
            let file: String
            switch error as? KnowledgeError {
            case .unreadable(let f)?, .malformed(let f, _)?, .badEntry(let f, _, _, _)?: file = f
            case nil: file = root.path
            }
            return [Issue(severity: .error, code: (error as? KnowledgeError)?.code ?? "kb.error", file: file, entry: nil, message: "\(error)")]
        }
        var out = SignaturesLintChecks(files: files).run()
        out += categoryIssues(root: root, files: files)
        return out.sorted { ($0.severity == .error ? 0 : 1, $0.file, $0.entry ?? "", $0.code) < ($1.severity == .error ? 0 : 1, $1.file, $1.entry ?? "", $1.code) }
    }

    static func categoryIssues(root: URL, files: KnowledgeLoader) -> [Issue] {
        let url = root.appendingPathComponent("categories.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            return [Issue(severity: .warning, code: "missing-file", file: "categories.json", entry: nil, message: "no app categories: necessary-scope rules cannot run")]
        }
        let catalogue: CategoryCatalogue
        do { catalogue = try CategoryCatalogue.load(signatures: root) } catch {
            return [Issue(severity: .error, code: "kb.malformed", file: "categories.json", entry: nil, message: "\(error)")]
        }
        let vocab = Set(files.vocabulary.map(\.id))
        let perms = Set(files.permissions.map(\.name))
        var out: [Issue] = []
        var seen = Set<String>()
        for c in catalogue.categories {
            if !seen.insert(c.id).inserted { out.append(Issue(severity: .error, code: "duplicate-id", file: "categories.json", entry: c.id, message: "category id used twice")) }
            for t in c.necessaryInfoTypes where !vocab.contains(t) {
                out.append(Issue(severity: .error, code: "unknown-info-type", file: "categories.json", entry: c.id, message: "info type \"\(t)\" is not in vocabulary.json"))
            }
            for p in c.necessaryPermissions where !perms.contains(p) {
                out.append(Issue(severity: .error, code: "broken-reference", file: "categories.json", entry: c.id, message: "permission \(p) is not in permissions.json"))
            }
        }
        return out
    }
}
