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

    /// Characters of plain text the vocabulary density is measured on.
    public static let sampleCharacters = 60_000

    /// Raw characters `PolicyReader.structure(_:headCharacters:)` reads for `classify(head:)`: the sample plus room
    /// for markup and blank lines.
    public static let headCharacters = sampleCharacters * 5 / 4

    /// The verdict on a document cut at a line end (`PolicyReader.structure` with a head), when that cut cannot
    /// change it: the title, the opening blocks and the whole sample lie before the last block,
    /// the only one the cut may have shortened. nil when the whole file must be read to decide.
    public static func classify(head: PolicyDocument, terms: PolicyTerms) -> Verdict? {
        let last = head.blocks.count - 1
        guard last > 4 else { return nil }
        // The title is `<title>` or the first heading; a heading first seen in the cut block, or
        // none yet, may differ from the whole file's.
        if let first = head.sections.first {
            guard first.firstBlock < last else { return nil }
        } else if head.title == nil {
            return nil
        }
        var characters = 0
        for block in head.blocks[..<last] {
            characters += block.text.count + 1
            if characters >= sampleCharacters { return classify(head, terms: terms) }
        }
        return nil
    }

    public static func classify(_ doc: PolicyDocument, terms: PolicyTerms) -> Verdict {
        let opening = ([doc.title ?? ""] + doc.blocks.prefix(4).map(\.text)).joined(separator: "\n")
        let openKeys = TermTrie.keys(String(opening.prefix(600)))
        let openCues = terms.cues(openKeys)
        let titled = openCues.has(.policyTitleTerms)
        let agreementTitled = openCues.has(.userAgreementTerms)
        let text = doc.plainText
        let sample = TermTrie.keys(String(text.prefix(sampleCharacters)))
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
