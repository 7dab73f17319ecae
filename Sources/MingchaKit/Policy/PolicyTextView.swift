/// The readable terminal view of a policy: its outline, tables and facts with evidence.
public enum PolicyTextView {
    public static func render(_ doc: PolicyDocument, _ v: PolicyClassifier.Verdict, _ s: PolicySummary) -> String {
        var out: [String] = []
        func line(_ x: String) { out.append(x) }
        func ev(_ e: Evidence) -> String {
            let d = e.detail ?? ""
            let short = d.count > 120 ? String(d.prefix(117)) + "..." : d
            return "      \(e.kind == .policyTableRow ? "▦" : "“") \(short)" + (e.location.map { "  [\($0)]" } ?? "")
        }
        line("\(doc.file)")
        line("  title: \(doc.title ?? "—")   format: \(doc.format.rawValue)   encoding: \(doc.encoding)"
             + (doc.truncated ? "   TRUNCATED" : "") + (doc.replacedCharacters > 0 ? "   \(doc.replacedCharacters) undecodable" : ""))
        line("  privacy policy: \(v.isPolicy ? "yes" : "no") — \(v.reason)")
        line("  \(doc.blocks.count) blocks, \(doc.sections.count) sections, \(doc.tables.count) tables")
        line("")
        line("Sections")
        for sec in doc.sections.prefix(80) { line(String(repeating: "  ", count: min(sec.level, 4)) + sec.heading) }
        if doc.sections.count > 80 { line("  … \(doc.sections.count - 80) more") }
        if !doc.tables.isEmpty {
            line(""); line("Tables")
            for (i, t) in doc.tables.enumerated() {
                line("  table \(i + 1): \(t.rows.count) rows" + (t.section.map { " under “\(doc.sections[$0].heading)”" } ?? ""))
                for r in t.rows.prefix(4) { line("    | " + r.map { $0.count > 24 ? String($0.prefix(22)) + "…" : $0 }.joined(separator: " | ")) }
            }
        }
        line(""); line("Information types mentioned (\(s.mentions.count))")
        for m in s.mentions {
            line("  \(m.type.rawValue)\(m.purposeStated ? "  purpose" : "")\(m.necessityStated ? "  necessity" : "")")
            if let e = m.evidence.first { line(ev(e)) }
        }
        if !s.negations.isEmpty {
            line(""); line("Said NOT to be collected")
            for m in s.negations { line("  \(m.type.rawValue)"); if let e = m.evidence.first { line(ev(e)) } }
        }
        line(""); line("Third-party SDKs disclosed (\(s.sdkDisclosures.count))")
        for d in s.sdkDisclosures.prefix(60) {
            line("  \(d.name)" + (d.vendor.map { " — \($0)" } ?? "") + (d.sdkId.map { " [\($0)]" } ?? "")
                 + (d.infoTypes.isEmpty ? "" : "  collects: " + d.infoTypes.map(\.rawValue).joined(separator: ", ")))
        }
        line("")
        let d = s.deletion
        line("Account deletion: \(d.described ? "described" : "not described")"
             + (d.limit.map { ", within \($0) \(d.unit?.rawValue ?? "")" } ?? (d.described ? ", no time limit" : ""))
             + (d.conditions.isEmpty ? "" : ", \(d.conditions.count) condition(s)"))
        for e in d.evidence.prefix(2) { line(ev(e)) }
        line("Operator: \(s.contact.operatorName ?? "—")")
        line("Contact: " + (s.contact.channels.isEmpty ? "none" : s.contact.channels.map { "\($0.kind.rawValue) \($0.value)" }.joined(separator: "; ")))
        line("Complaint channel: \(s.contact.complaintChannel ? "yes" : "no")")
        line("Withdrawal of consent: \(s.withdrawalDescribed == true ? "described" : "not described")")
        line("Personalisation: \(s.personalisation.described ? "described" : "no")\(s.personalisation.described ? (s.personalisation.optOutDescribed ? ", opt-out described" : ", NO opt-out") : "")")
        line("Updated: \(s.updatedDate ?? "—")   Effective: \(s.effectiveDate ?? "—")")
        if let x = s.details {
            line("Rights: \(x.rights.isEmpty ? "—" : x.rights.joined(separator: ", "))")
            line("Children: \(x.children ? "yes" : "no")   Sensitive info: \(x.sensitiveInfo ? "yes" : "no")   Separate consent: \(x.separateConsent ? "yes" : "no")")
            line("Self-start: \(x.selfStart ? "yes" : "no")   Background collection: \(x.backgroundCollection ? "yes" : "no")   Third-party sharing: \(x.thirdPartySharing ? "yes" : "no")   Updates described: \(x.updatesDescribed ? "yes" : "no")")
        }
        for (title, list) in [("Vagueness markers", s.vagueness), ("'Improve experience' as the only purpose", s.improveExperienceOnly), ("Implied consent", s.impliedConsent)] where !list.isEmpty {
            line(""); line("\(title) (\(list.count))")
            for e in list.prefix(3) { line(ev(e)) }
        }
        return out.joined(separator: "\n")
    }
}
