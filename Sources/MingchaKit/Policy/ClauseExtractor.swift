import Foundation

/// Clause-level facts: account deletion and its time limit, withdrawal of consent,
/// personalisation and opt-out, and the details (rights, children, sensitive information,
/// self-start, background, third-party sharing, updates).
enum ClauseExtractor {
    static let cap = 8

    struct Result {
        var deletion = DeletionTerms()
        var withdrawal: [Evidence] = []
        var personalisation = PersonalisationTerms()
        var details = PolicyDetails()
    }

    static func run(_ sentences: [PolicySentence], file: String, terms: PolicyTerms) -> Result {
        var r = Result()
        var rights = Set<String>()
        var deletionWindow = 0 // sentences after a deletion sentence still read for its time limit
        var limitFound = false
        for s in sentences {
            var evCache: Evidence?
            var ev: Evidence { if let e = evCache { return e }; let e = s.evidence(file: file); evCache = e; return e }
            let t = s.text
            // Deletion: a sentence about deleting the account, then its time limit and conditions
            // in it or the two sentences after it.
            if s.cues.has(.deletionCues), !s.isHeading {
                if s.cues.has(.deletionPath) || s.has("可以") || s.has("可通过") || s.has("有权") || s.has("您可") {
                    r.deletion.described = true
                    if r.deletion.evidence.count < cap { r.deletion.evidence.append(ev) }
                    for p in s.cues.at(.deletionPath) {
                        let w = s.slice(p)
                        if !r.details.deletionPath.contains(w) && r.details.deletionPath.count < 12 { r.details.deletionPath.append(w) }
                    }
                }
                deletionWindow = 3
            }
            if deletionWindow > 0 {
                deletionWindow -= 1
                if !limitFound, let (n, unit) = timeLimit(t) {
                    r.deletion.limit = n; r.deletion.unit = unit; limitFound = true
                    if !r.deletion.evidence.contains(ev) && r.deletion.evidence.count < cap { r.deletion.evidence.append(ev) }
                }
                if s.cues.has(.deletionObstacles), r.deletion.conditions.count < cap { r.deletion.conditions.append(ev) }
            }
            if s.cues.has(.withdrawalCues), s.has("同意") || s.has("授权") || s.has("权限"), r.withdrawal.count < cap {
                r.withdrawal.append(ev)
            }
            if s.cues.has(.personalisationCues) {
                r.personalisation.described = true
                let optOut = s.cues.has(.optOutCues)
                r.personalisation.optOutDescribed = r.personalisation.optOutDescribed || optOut
                if r.personalisation.evidence.count < cap || optOut && !r.personalisation.evidence.contains(ev) {
                    r.personalisation.evidence.append(ev)
                }
            }
            if s.tableRow == nil, s.has("您") || s.has("你") || s.has("用户") || s.isHeading {
                let keyed: [(String, PolicyTerms.Cue)] = [("access", .rightAccess), ("correct", .rightCorrect), ("delete", .rightDelete),
                                                          ("copy", .rightCopy), ("withdraw", .rightWithdraw), ("deleteAccount", .rightDeleteAccount)]
                let exercise = s.has("可以") || s.has("有权") || s.has("可通过") || s.has("权利") || s.has("您可") || s.has("你可")
                    || s.headingCues.has(.rightAccess) && s.headingCues.has(.rightCorrect)
                if exercise {
                    var any = false
                    for (name, cue) in keyed where s.cues.has(cue) && s.has("个人信息") || s.cues.has(cue) && name == "deleteAccount" {
                        if rights.insert(name).inserted { any = true }
                    }
                    if any, r.details.rightsEvidence.count < cap { r.details.rightsEvidence.append(ev) }
                }
            }
            if s.cues.has(.childrenCues), s.has("个人信息") || s.has("监护人") || s.isHeading {
                r.details.children = true
                if r.details.childrenEvidence.count < cap { r.details.childrenEvidence.append(ev) }
            }
            if s.cues.has(.sensitiveCues) || s.cues.has(.separateConsent) {
                r.details.sensitiveInfo = r.details.sensitiveInfo || s.cues.has(.sensitiveCues)
                r.details.separateConsent = r.details.separateConsent || s.cues.has(.separateConsent)
                if r.details.sensitiveEvidence.count < cap { r.details.sensitiveEvidence.append(ev) }
            }
            if s.cues.has(.selfStartCues) {
                r.details.selfStart = true
                if r.details.selfStartEvidence.count < cap { r.details.selfStartEvidence.append(ev) }
            }
            if s.cues.has(.backgroundCues), !s.info.isEmpty || s.cues.has(.collectVerbs) {
                r.details.backgroundCollection = true
                if r.details.backgroundEvidence.count < cap { r.details.backgroundEvidence.append(ev) }
            }
            if s.cues.has(.thirdPartyCues), s.tableRow != nil || s.has("共享") || s.has("提供") || s.has("收集") || s.has("接入") || s.has("SDK") {
                r.details.thirdPartySharing = true
                if r.details.thirdPartyEvidence.count < cap { r.details.thirdPartyEvidence.append(ev) }
            }
            if s.cues.has(.updateCues) || (s.isHeading && (s.has("更新") || s.has("修订") || s.has("变更")) && s.has("政策")) {
                r.details.updatesDescribed = true
                if r.details.updatesEvidence.count < cap { r.details.updatesEvidence.append(ev) }
            }
        }
        r.details.rights = rights.sorted()
        return r
    }

    // MARK: - time limits

    private static let limitRegex = try? NSRegularExpression(
        pattern: "([0-9]+|[一二三四五六七八九十两百]+)\\s*个?\\s*(工作日|自然日|天|日|小时)\\s*(内|以内|之内|完成|予以|进行|处理)")

    /// "15个工作日内" → (15, .workingDays); "七天内" → (7, .calendarDays); "48小时内" → (48, .hours).
    static func timeLimit(_ text: String) -> (Int, DeletionTerms.Unit)? {
        guard let re = limitRegex else { return nil }
        let ns = text as NSString
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let num = ns.substring(with: m.range(at: 1))
            guard let n = Int(num) ?? chineseNumber(num), n > 0, n < 10_000 else { continue }
            switch ns.substring(with: m.range(at: 2)) {
            case "工作日": return (n, .workingDays)
            case "小时": return (n, .hours)
            default: return (n, .calendarDays)
            }
        }
        return nil
    }

    /// 一..九十九 with 十 / 两, and 百.
    static func chineseNumber(_ s: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var total = 0, current = 0
        for c in s {
            if let d = digits[c] { current = d }
            else if c == "十" { total += (current == 0 ? 1 : current) * 10; current = 0 }
            else if c == "百" { total += (current == 0 ? 1 : current) * 100; current = 0 }
            else { return nil }
        }
        return total + current == 0 ? nil : total + current
    }
}
