/// The individual lint checks over loaded files (see `SignaturesLint`).
struct SignaturesLintChecks {
    typealias Issue = SignaturesLint.Issue
    let files: KnowledgeLoader
    private(set) var issues: [Issue] = []

    init(files: KnowledgeLoader) { self.files = files }

    func run() -> [Issue] {
        var c = self
        c.vocabulary(); c.permissions(); c.apis(); c.sdkEntries(); c.patternConflicts(); c.nestedPrefixes()
        return c.issues
    }

    private mutating func add(_ s: Issue.Severity, _ code: String, _ file: String, _ entry: String?, _ msg: String) {
        issues.append(Issue(severity: s, code: code, file: file, entry: entry, message: msg))
    }

    private var vocab: Set<InfoType> { Set(files.vocabulary.map(\.id)) }

    private mutating func types(_ ts: [InfoType], _ file: String, _ entry: String) {
        for t in ts where !vocab.contains(t) { add(.error, "unknown-info-type", file, entry, "info type \"\(t)\" is not in vocabulary.json") }
    }

    mutating func vocabulary() {
        var seen = Set<InfoType>()
        for v in files.vocabulary {
            if !seen.insert(v.id).inserted { add(.error, "duplicate-id", "vocabulary.json", v.id.rawValue, "info type defined twice") }
            if let p = v.parent, !vocab.contains(p) { add(.error, "broken-reference", "vocabulary.json", v.id.rawValue, "parent \"\(p)\" is not defined") }
        }
    }

    mutating func permissions() {
        var seen = Set<String>()
        for p in files.permissions {
            if !seen.insert(p.name).inserted { add(.error, "duplicate-id", "permissions.json", p.name, "permission listed twice") }
            if !p.name.contains(".") { add(.error, "bad-name", "permissions.json", p.name, "permission names are fully qualified (android.permission.X)") }
            types(p.infoTypes, "permissions.json", p.name)
        }
    }

    mutating func apis() {
        var ids = Set<String>(), targets = Set<String>()
        for a in files.apis {
            if !ids.insert(a.id).inserted { add(.error, "duplicate-id", "apis.json", a.id, "API id used twice") }
            if !targets.insert(a.descriptor).inserted { add(.error, "duplicate-pattern", "apis.json", a.id, "\(a.descriptor) listed twice") }
            if !Self.isClassDescriptor(a.owner) { add(.error, "bad-descriptor", "apis.json", a.id, "owner \"\(a.owner)\" is not a smali class descriptor (Lpkg/Class;)") }
            if a.method.isEmpty || a.method.contains("(") { add(.error, "bad-descriptor", "apis.json", a.id, "method must be a bare name") }
            if a.infoTypes.isEmpty && !a.needsURI { add(.error, "no-info-type", "apis.json", a.id, "an API without info types must be marked needsURI") }
            types(a.infoTypes, "apis.json", a.id)
        }
        for u in files.contentURIs {
            types(u.infoTypes, "apis.json", u.id)
            for f in u.fields where !Self.isMemberDescriptor(f) { add(.error, "bad-descriptor", "apis.json", u.id, "field \"\(f)\" is not Lpkg/Class;->NAME") }
            for p in u.uriPrefixes where !p.hasPrefix("content://") { add(.error, "bad-pattern", "apis.json", u.id, "URI prefix \"\(p)\" does not start with content://") }
        }
    }

    mutating func sdkEntries() {
        let cats = Set(files.sdkCategories.map(\.id))
        for f in files.sdkFiles {
            var ids = Set<String>()
            for s in f.sdks {
                if !ids.insert(s.id).inserted { add(.error, "duplicate-id", f.name, s.id, "SDK id used twice in one file") }
                if !cats.isEmpty && !cats.contains(s.category) { add(.error, "unknown-category", f.name, s.id, "category \"\(s.category)\" is not in sdk-categories.json") }
                types(s.collects, f.name, s.id)
                if !s.collectsKnown && !s.collects.isEmpty { add(.error, "collects-unknown", f.name, s.id, "collects listed but collectsKnown is false") }
                if s.collectsKnown && s.collectsSource.isEmpty { add(.warning, "collects-unsourced", f.name, s.id, "collectsKnown without collectsSource") }
                if s.patterns.isEmpty { add(.warning, "no-pattern", f.name, s.id, "no evidence pattern: the SDK can never be found") }
                for p in s.packagePrefixes { prefix(p, f.name, s.id) }
                for l in s.nativeLibs where !l.hasSuffix(".so") && !l.hasSuffix("*") { add(.warning, "bad-pattern", f.name, s.id, "native library \"\(l)\" does not end in .so") }
                for m in s.initMethods {
                    guard let arrow = m.range(of: "->"), Self.isClassDescriptor(String(m[..<arrow.lowerBound])), !m[arrow.upperBound...].isEmpty else {
                        add(.error, "bad-descriptor", f.name, s.id, "init method \"\(m)\" is not Lpkg/Class;->method"); continue
                    }
                    let cls = String(m[m.index(after: m.startIndex)..<arrow.lowerBound].dropLast()).replacingOccurrences(of: "/", with: ".")
                    if !s.packagePrefixes.contains(where: { cls == $0 || cls.hasPrefix($0 + ".") }) {
                        add(.warning, "init-outside-prefixes", f.name, s.id, "init method \(m) is not under the SDK's own package prefixes")
                    }
                }
            }
        }
    }

    private mutating func prefix(_ p: String, _ file: String, _ id: String) {
        let ok = !p.isEmpty && p.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "$") && $0.isASCII }
        if !ok || p.hasPrefix(".") || p.hasSuffix(".") || p.contains("..") {
            add(.error, "bad-pattern", file, id, "package prefix \"\(p)\" is not a dotted Java package name")
        }
    }

    /// The same pattern in two SDKs of equal priority: one of them would be credited arbitrarily.
    mutating func patternConflicts() {
        var owner: [Int: [SDKPattern: (String, String)]] = [:]
        for f in files.sdkFiles {
            for s in f.sdks {
                for p in Set(s.patterns) {
                    let k = SDKCatalogue.key(p)
                    if let o = owner[f.priority]?[k], o.0 != s.id {
                        add(.error, "duplicate-pattern", f.name, s.id, "\(p.kind.rawValue) \"\(p.value)\" also belongs to \(o.0) (\(o.1)), same priority")
                    } else { owner[f.priority, default: [:]][k] = (s.id, f.name) }
                }
            }
        }
    }

    /// A prefix nested under another SDK's from another vendor in the merged list: classes between
    /// them go to the outer SDK. Reported as a warning so a reviewer checks the outer one is right.
    mutating func nestedPrefixes() {
        let merged = files.sdks.merged
        var index = PrefixIndex()
        for (i, s) in merged.enumerated() { for p in s.packagePrefixes { index.insert(p, owner: i) } }
        for s in merged where s.source == "curated-cn" {
            for p in s.packagePrefixes {
                let parent = p.split(separator: ".").dropLast().joined(separator: ".")
                guard !parent.isEmpty, let hit = index.longest(dottedName: parent) else { continue }
                let outer = merged[hit.owner]
                if outer.id != s.id, outer.source == s.source, outer.vendor != s.vendor {
                    add(.warning, "nested-prefix", "sdks/curated-cn.json", s.id, "\(p) is nested in \(hit.prefix) of \(outer.id) (another vendor)")
                }
            }
        }
    }

    static func isClassDescriptor(_ s: String) -> Bool {
        s.count > 2 && s.hasPrefix("L") && s.hasSuffix(";") && !s.contains(".") && !s.contains(" ")
    }

    static func isMemberDescriptor(_ s: String) -> Bool {
        guard let r = s.range(of: "->") else { return false }
        return isClassDescriptor(String(s[..<r.lowerBound])) && !s[r.upperBound...].isEmpty
    }
}
