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
            let definition = s.cues.has(.definitionCues) || s.headingCues.has(.definitionCues)
            let inCollection = !definition && (s.cues.has(.collectVerbs) || s.tableRow != nil || s.headingCues.has(.collectVerbs))
            let purpose = s.cues.has(.purposeCues) || (s.tableRow != nil && s.headingCues.has(.purposeCues))
            let necessity = s.cues.has(.necessityCues)
            var positive: [InfoType] = []
            for m in s.info {
                if isNegated(s, at: m.start) {
                    add(&negations, m.type, purpose: false, necessity: false, ev)
                } else if inCollection, !(terms.exclusions[m.type] ?? []).contains(where: { s.has($0) }) {
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
        guard !cues.isEmpty, !s.cues.has(.negationCancels) else { return false }
        var start = pos
        let stops: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002] // ，,；;。
        while start > 0, !stops.contains(s.keys[start - 1]) { start -= 1 }
        return cues.contains { $0.lowerBound >= start && $0.upperBound <= pos }
    }

    /// A purpose word that is not just the information's own name or the improvement phrase.
    private static func hasSpecificPurpose(_ s: PolicySentence) -> Bool {
        let covered = s.info.map { $0.start..<$0.end } + s.cues.at(.improveExperience)
        return s.cues.at(.specificPurposes).contains { p in !covered.contains { $0.overlaps(p) } }
    }
}
