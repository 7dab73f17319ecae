/// Is a document a privacy policy? Its title or opening names one (隐私政策, 个人信息保护指引,
/// SDK清单...) and it talks like one (density of policy vocabulary). A user agreement that only
/// refers to the privacy policy is not one.
public enum PolicyClassifier {
    public struct Verdict: Codable, Hashable, Sendable {
        public var isPolicy: Bool
        /// Higher is more policy-like; used to rank candidates.
        public var score: Double
        public var reason: String
    }

    public static func classify(_ doc: PolicyDocument, terms: PolicyTerms) -> Verdict {
        let opening = ([doc.title ?? ""] + doc.blocks.prefix(4).map(\.text)).joined(separator: "\n")
        let openKeys = TermTrie.keys(String(opening.prefix(600)))
        let openCues = terms.cues(openKeys)
        let titled = openCues.has(.policyTitleTerms)
        let agreementTitled = openCues.has(.userAgreementTerms)
        let text = doc.plainText
        let sample = TermTrie.keys(String(text.prefix(60_000)))
        let hits = terms.cueTrie.all(sample)
        let vocabIndex = PolicyTerms.Cue.allCases.firstIndex(of: .policyVocabulary) ?? -1
        let titleIndex = PolicyTerms.Cue.allCases.firstIndex(of: .policyTitleTerms) ?? -1
        let vocab = hits.filter { $0.payload == vocabIndex }.count
        let titleAnywhere = hits.filter { $0.payload == titleIndex }.count
        let density = Double(vocab) * 1000 / Double(max(200, sample.count))
        var score = density + (titled ? 20 : 0) + Double(min(titleAnywhere, 10))
        if agreementTitled && !titled { score -= 25 }
        let isPolicy: Bool
        let reason: String
        if titled && density >= 4 && vocab >= 8 {
            isPolicy = true; reason = "titled as a privacy policy; \(vocab) policy terms (\(Int(density))/1000 chars)"
        } else if !agreementTitled && titleAnywhere >= 2 && density >= 12 && vocab >= 40 {
            isPolicy = true; reason = "untitled but dense in policy terms (\(vocab), \(Int(density))/1000 chars)"
        } else {
            isPolicy = false
            reason = agreementTitled && !titled ? "a user agreement, not a privacy policy"
                : "not enough privacy-policy content (\(vocab) terms, \(Int(density))/1000 chars, title: \(titled ? "yes" : "no"))"
            score = min(score, 0)
        }
        return Verdict(isPolicy: isPolicy, score: score, reason: reason)
    }
}
