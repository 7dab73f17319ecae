import Foundation

/// "更新日期：2023年5月1日" / "本政策自2023年5月8日起生效" → ISO dates (as written when the
/// numbers do not form a date).
enum DateExtractor {
    private static let date = try? NSRegularExpression(
        pattern: "((?:19|20)[0-9]{2})\\s*(?:年|-|/|\\.)\\s*([0-9]{1,2})\\s*(?:月|-|/|\\.)\\s*([0-9]{1,2})\\s*日?")

    static func run(_ sentences: [PolicySentence]) -> (updated: String?, effective: String?) {
        var updated: String?, effective: String?
        for s in sentences where s.cues.has(.updateDateLabels) || s.cues.has(.effectiveDateLabels) || s.has("生效") {
            guard let re = date else { break }
            let ns = s.text as NSString
            for m in re.matches(in: s.text, range: NSRange(location: 0, length: ns.length)) {
                let iso = isoDate(ns, m)
                let before = ns.substring(with: NSRange(location: max(0, m.range.location - 14), length: min(14, m.range.location)))
                let afterStart = m.range.location + m.range.length
                let after = ns.substring(with: NSRange(location: afterStart, length: min(8, ns.length - afterStart)))
                let beforeKeys = TermTrie.keys(before)
                let isUpdate = ["更新", "修订", "发布", "版本日期", "修改"].contains { before.contains($0) }
                let isEffective = before.contains("生效") || before.contains("施行") || before.contains("实施")
                    || after.contains("生效") || after.contains("施行") || after.contains("实施")
                _ = beforeKeys
                if isEffective, effective == nil { effective = iso }
                else if isUpdate, updated == nil { updated = iso }
            }
            if updated != nil && effective != nil { break }
        }
        return (updated, effective)
    }

    private static func isoDate(_ ns: NSString, _ m: NSTextCheckingResult) -> String {
        let y = Int(ns.substring(with: m.range(at: 1))) ?? 0
        let mo = Int(ns.substring(with: m.range(at: 2))) ?? 0
        let d = Int(ns.substring(with: m.range(at: 3))) ?? 0
        guard (1...12).contains(mo), (1...31).contains(d) else { return ns.substring(with: m.range) }
        return String(format: "%04d-%02d-%02d", y, mo, d)
    }
}
