import Foundation

/// Where an APK may carry its privacy policy: textual files under `assets/` and `res/raw/`
/// (read through the zip, under size caps) and policy-looking URLs in resources and code.
enum PolicySources {
    static let textExtensions: Set<String> = ["html", "htm", "txt", "md", "json", "xhtml"]
    /// Name words that make a file worth reading first.
    static let nameWords = ["privacy", "policy", "yinsi", "ysxy", "agreement", "protocol", "xieyi", "terms", "license", "隐私", "协议"]
    /// Text words that make a file (or URL) a policy candidate.
    static let textWords = ["隐私", "个人信息", "privacy"]
    /// URL words that suggest a policy page.
    static let urlWords = ["privacy", "yinsi", "policy", "agreement", "protocol", "xieyi", "ysxy", "ysbh", "terms", "隐私", "协议"]

    /// Per-file and total bytes read, files examined.
    struct Caps {
        var fileBytes = 4 << 20
        /// For files whose name does not suggest a policy. Policies run to tens of kilobytes (the
        /// longest bundled one in the reference corpus is 125 KB); larger unnamed text is word
        /// lists and dictionaries (an input method ships 5 MB of them), read for nothing.
        var unnamedFileBytes = 1 << 20
        var totalBytes = 32 << 20
        var files = 200
        var candidates = 20
    }

    /// Textual assets / raw resources whose text mentions privacy, policy-named files first.
    static func candidates(_ input: ApkInput, limits: ScanLimits, caps: Caps = Caps()) -> (candidates: [PolicyCandidate], problems: [ScanProblem]) {
        var files: [(archive: ZipArchive, entry: ZipEntry, path: String, named: Bool)] = []
        for (n, archive) in input.archives.enumerated() {
            for e in archive.entries where !e.isDirectory && (e.name.hasPrefix("assets/") || e.name.hasPrefix("res/raw")) {
                let ext = (e.name as NSString).pathExtension.lowercased()
                guard textExtensions.contains(ext), e.uncompressedSize > 0 else { continue }
                let lower = e.name.lowercased()
                let named = nameWords.contains { lower.contains($0) }
                files.append((archive, e, n == 0 ? e.name : archive.name + "!/" + e.name, named))
            }
        }
        // Policy-named first, then small before large; json only when its name suggests a policy
        // (apps ship thousands of animation and config json files).
        files = files.filter { $0.named || !$0.path.lowercased().hasSuffix(".json") }
        files.sort { ($0.named ? 0 : 1, $0.entry.uncompressedSize, $0.path) < ($1.named ? 0 : 1, $1.entry.uncompressedSize, $1.path) }
        var out: [PolicyCandidate] = []
        var problems: [ScanProblem] = []
        var total = 0
        let fileCap = min(caps.fileBytes, limits.maxPolicyBytes)
        for f in files.prefix(caps.files) where out.count < caps.candidates {
            let cap = f.named ? fileCap : min(fileCap, caps.unnamedFileBytes)
            guard f.entry.uncompressedSize <= cap, total + f.entry.uncompressedSize <= caps.totalBytes else { continue }
            do {
                let bytes = try f.archive.read(f.entry)
                total += bytes.count
                if mentionsPrivacy(bytes) { out.append(PolicyCandidate(path: f.path, bytes: bytes)) }
            } catch {
                problems.append(ScanProblem(code: (error as? MingchaError)?.code ?? "zip.unreadable",
                                            message: "policy candidate \(f.path) could not be read: \(error)"))
            }
        }
        return (out, problems)
    }

    /// Privacy words as bytes: in UTF-8 (隐私, 个人信息), GBK (隐私), UTF-16LE (隐私) and ASCII
    /// "privacy" in any case. A byte search (memchr + memcmp) over the file, not a decoded, case-folded copy:
    /// asset folders can hold megabytes of text and this runs on every scan.
    static func mentionsPrivacy(_ bytes: [UInt8]) -> Bool {
        for needle in privacyNeedles where ByteSearch.contains(bytes, needle) { return true }
        // "privacy" in any letter case, compared in place: a lowered copy would double the file
        // in memory (up to `Caps.fileBytes`) at the end of the scan, when the heap is largest.
        return ByteSearch.containsIgnoringASCIICase(bytes, Array("privacy".utf8))
    }

    static let privacyNeedles: [[UInt8]] = textWords.filter { $0 != "privacy" }.map { Array($0.utf8) }
        + [[0xD2, 0xFE, 0xCB, 0xBD],   // 隐私 in GBK
           [0x90, 0x96, 0xC1, 0x79]]   // 隐私 in UTF-16LE

    /// http(s) URLs whose text suggests a policy, from string resources and the DEX const-strings.
    static func urls(text: UIText, index: DexIndex?, limit: Int = 50) -> [String] {
        let http = Phrases(["http"])
        var found = Set<String>()
        func scan(_ s: String) {
            for u in extractURLs(s) where found.count < limit {
                let l = u.lowercased()
                if urlWords.contains(where: { l.contains($0) }) { found.insert(u) }
            }
        }
        for item in text.items where item.isResource && http.matches(item.key) { scan(item.text) }
        if let index {
            // Each distinct const-string once: the index interns them.
            var seen = [Bool](repeating: false, count: index.names.strings.count)
            for s in index.constStrings.to where s >= 0 && Int(s) < seen.count && !seen[Int(s)] {
                seen[Int(s)] = true
                let text = index.names[s]
                if http.matchesRaw(text) { scan(text) }
            }
        }
        return found.sorted()
    }

    /// `http://` / `https://` runs up to whitespace, quotes or angle brackets.
    static func extractURLs(_ s: String) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while let r = rest.range(of: "http", options: .caseInsensitive) {
            let tail = rest[r.lowerBound...]
            let end = tail.firstIndex { $0.isWhitespace || "\"'<>()（）\\，。；".contains($0) } ?? tail.endIndex
            let candidate = String(tail[..<end])
            let l = candidate.lowercased()
            if l.hasPrefix("http://") || l.hasPrefix("https://"), candidate.count > 10 { out.append(candidate) }
            rest = tail[tail.index(after: tail.startIndex)...]
            if end > tail.startIndex { rest = tail[end...] }
        }
        return out
    }
}
