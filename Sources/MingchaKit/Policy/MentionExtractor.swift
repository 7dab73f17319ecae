/// Information-type mentions and negations, with purpose and necessity; and the sentence-level
/// markers that ride on them: vagueness, "improve experience" as the only purpose, implied consent.
enum MentionExtractor {
    struct Result {
        var mentions: [InfoMention] = []
        var negations: [InfoMention] = []
        var vagueness: [Evidence] = []
        var improveExperienceOnly: [Evidence] = []
        var impliedConsent: [Evidence] = []
    }

    static let evidencePerType = 5
    static let evidencePerMarker = 30

    static func run(_ sentences: [PolicySentence], file: String, terms: PolicyTerms) -> Result {
        var mentions: [InfoType: InfoMention] = [:]
        var negations: [InfoType: InfoMention] = [:]
        var r = Result()
        for s in sentences where !s.isHeading {
            var evCache: Evidence?
            var ev: Evidence { if let e = evCache { return e }; let e = s.evidence(file: file); evCache = e; return e }
            if s.cues.has(.impliedConsent), s.has("同意") || s.has("接受"), r.impliedConsent.count < evidencePerMarker {
                r.impliedConsent.append(ev)
            }
            guard !s.info.isEmpty else { continue }
            // Definitions ("个人敏感信息是指…包括身份证件号码…") list types without collecting them.
            let definition = s.cues.has(.definitionCues) || s.headingCues.has(.definitionCues) || isCategoryList(s)
            // Rights, security, warnings to the user, agreement clauses: the sentence names the
            // information without saying it is collected. A collect verb outweighs these cues, but not
            // the stronger ones (future policy changes, intellectual property of user content).
            let otherTopic = s.cues.has(.otherTopicOverVerbs) || (s.cues.has(.otherTopicCues) && !s.cues.has(.strongCollectVerbs))
            let inCollection = !definition && !otherTopic && (s.cues.has(.collectVerbs) || s.tableRow != nil || s.headingCues.has(.collectVerbs))
            let purpose = s.cues.has(.purposeCues) || (s.tableRow != nil && s.headingCues.has(.purposeCues))
            let necessity = s.cues.has(.necessityCues)
            var positive: [InfoType] = []
            for m in s.info {
                if isNegated(s, at: m.start) {
                    add(&negations, m.type, purpose: false, necessity: false, ev)
                } else if inCollection, !(terms.exclusions[m.type] ?? []).contains(where: { s.has($0) }),
                          !isLocationMeans(s, m), !isInTitle(s, m) {
                    add(&mentions, m.type, purpose: purpose, necessity: necessity, ev)
                    positive.append(m.type)
                }
            }
            guard !positive.isEmpty, inCollection else { continue }
            if s.cues.has(.vaguenessMarkers), r.vagueness.count < evidencePerMarker { r.vagueness.append(ev) }
            if s.cues.has(.improveExperience), !hasSpecificPurpose(s), r.improveExperienceOnly.count < evidencePerMarker {
                r.improveExperienceOnly.append(ev)
            }
        }
        r.mentions = mentions.keys.sorted().compactMap { mentions[$0] }
        r.negations = negations.keys.sorted().compactMap { negations[$0] }
        return r
    }

    private static func add(_ map: inout [InfoType: InfoMention], _ t: InfoType, purpose: Bool, necessity: Bool, _ ev: Evidence) {
        var m = map[t] ?? InfoMention(type: t, purposeStated: false, necessityStated: false, evidence: [])
        m.purposeStated = m.purposeStated || purpose
        m.necessityStated = m.necessityStated || necessity
        if m.evidence.count < evidencePerType, !m.evidence.contains(ev) {
            m.evidence.append(ev)
        }
        map[t] = m
    }

    /// A negation cue ("不会收集") earlier in the same clause, and nothing in the sentence that
    /// makes it conditional ("未经您同意", "除…外", "关闭后不再").
    static func isNegated(_ s: PolicySentence, at pos: Int) -> Bool {
        let cues = s.cues.at(.negationCues)
        // A cancel word overlapping the negation itself ("移除了" holds "除了") cancels nothing.
        let cancels = s.cues.at(.negationCancels).filter { c in !cues.contains { $0.overlaps(c) } }
        guard !cues.isEmpty, cancels.isEmpty else { return false }
        var start = pos
        let stops: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002] // ，,；;。
        while start > 0, !stops.contains(s.keys[start - 1]) { start -= 1 }
        return cues.contains { $0.lowerBound >= start && $0.upperBound <= pos }
    }

    /// "通过GPS、WiFi或基站等方式获取您的位置", "位置数据（通过GPS、WLAN获取）": WiFi and 基站 say
    /// how the location is found; the information collected is the location. True for a
    /// non-location mention between a means opener and closer, with a location mention outside
    /// that span in the same clause; or any non-location mention in a sentence about the techniques
    /// of locating ("这些技术包括IP地址、GPS以及…WiFi接入点和基站的信息").
    static func isLocationMeans(_ s: PolicySentence, _ m: (type: InfoType, start: Int, end: Int)) -> Bool {
        guard m.type != location else { return false }
        if s.cues.has(.locationTechniques) { return true }
        let stops: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002] // ，,；;。
        var lo = m.start, hi = m.end
        while lo > 0, !stops.contains(s.keys[lo - 1]) { lo -= 1 }
        while hi < s.keys.count, !stops.contains(s.keys[hi]) { hi += 1 }
        guard let open = s.cues.at(.meansOpeners).filter({ $0.lowerBound >= lo && $0.upperBound <= m.start }).map(\.lowerBound).max(),
              let close = s.cues.at(.meansClosers).filter({ $0.lowerBound >= m.end && $0.upperBound <= hi }).map(\.upperBound).min()
        else { return false }
        return s.info.contains { $0.type == location && $0.start >= lo && $0.start < hi && !(open..<close).contains($0.start) }
    }

    private static let location: InfoType = "location"

    /// "身份证件号码、个人生物识别信息、财产信息、征信信息、行踪轨迹…": three or more category names
    /// of the national standard and no collect verb — the sensitive-information definition
    /// without its "是指".
    static func isCategoryList(_ s: PolicySentence) -> Bool {
        guard !s.cues.has(.strongCollectVerbs) else { return false }
        var count = 0, end = -1
        for r in s.cues.at(.categoryNames).sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound >= end {
            count += 1; end = r.upperBound
        }
        return count >= 3
    }

    /// Inside 《…》 (a law, agreement or product: 《儿童个人信息网络保护规定》) or inside the “…” right
    /// after "SDK" (第三方SDK“某某WLAN连接”): a name, not information.
    static func isInTitle(_ s: PolicySentence, _ m: (type: InfoType, start: Int, end: Int)) -> Bool {
        if let open = openingMark(s.keys, m, open: 0x300A, close: 0x300B) { return open >= 0 } // 《 》
        guard let open = openingMark(s.keys, m, open: 0x201C, close: 0x201D) else { return false } // “ ”
        return open >= 3 && Array(s.keys[(open - 3)..<open]) == sdk
    }

    private static let sdk = TermTrie.keys("sdk")

    /// Where `open` sits when `m` lies between `open` and `close` with no other mark of either kind
    /// in between; nil otherwise.
    private static func openingMark(_ k: [UInt32], _ m: (type: InfoType, start: Int, end: Int), open: UInt32, close: UInt32) -> Int? {
        var i = m.start - 1
        while i >= 0, k[i] != open, k[i] != close { i -= 1 }
        guard i >= 0, k[i] == open else { return nil }
        var j = m.end
        while j < k.count, k[j] != open, k[j] != close { j += 1 }
        return j < k.count && k[j] == close ? i : nil
    }

    /// A purpose word that is not just the information's own name or the improvement phrase.
    private static func hasSpecificPurpose(_ s: PolicySentence) -> Bool {
        let covered = s.info.map { $0.start..<$0.end } + s.cues.at(.improveExperience)
        return s.cues.at(.specificPurposes).contains { p in !covered.contains { $0.overlaps(p) } }
    }
}
