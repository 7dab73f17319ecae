import Foundation

/// Small helpers shared by rules: naming collectors, matching SDKs to the policy's disclosures,
/// and describing what the policy lacks.
enum RuleSupport {
    /// "the app" or the SDK's name, in both languages.
    static func collectorName(_ c: CollectionFact.Collector, _ facts: AppFacts) -> Localized {
        switch c {
        case .app: return Localized(zh: "应用自身", en: "the app itself")
        case .sdk(let id):
            let s = facts.sdks.first { $0.id == id }
            return Localized(zh: s?.nameZh ?? s?.nameEn ?? id, en: s?.nameEn ?? id)
        }
    }

    static func sdkId(_ c: CollectionFact.Collector) -> String? {
        if case .sdk(let id) = c { return id }
        return nil
    }

    /// Evidence that the policy lacks something: where we looked and what for.
    static func policyMissing(_ policy: PolicySummary, _ what: String) -> Evidence {
        Evidence(.policyMissing, file: policy.source.first?.file, location: policy.source.first?.location, detail: what)
    }

    /// The policy's disclosure of this SDK: by resolved id, by name, or by the vendor's name
    /// (policies often list "北京巨量引擎网络技术有限公司" rather than "穿山甲").
    static func disclosure(of sdk: SDKFact, in policy: PolicySummary) -> SDKDisclosure? {
        if let d = policy.sdkDisclosures.first(where: { $0.sdkId == sdk.id }) { return d }
        let names = [sdk.nameZh, sdk.nameEn].compactMap { $0 }.map(normalise).filter { $0.count >= 2 }
        let vendor = sdk.vendor.map(normalise).flatMap { $0.count >= 4 ? $0 : nil }
        for d in policy.sdkDisclosures {
            let dn = normalise(d.name)
            let dv = d.vendor.map(normalise) ?? ""
            if names.contains(where: { !dn.isEmpty && (dn.contains($0) || $0.contains(dn) && dn.count >= 2) }) { return d }
            if let vendor, (dv.contains(vendor) || (!dv.isEmpty && vendor.contains(dv) && dv.count >= 4) || dn.contains(vendor)) { return d }
        }
        return nil
    }

    /// Lower case, without spaces, punctuation, "sdk" and company suffixes, for name comparison.
    static func normalise(_ s: String) -> String {
        var t = s.lowercased()
        for junk in ["有限责任公司", "股份有限公司", "有限公司", "sdk", "（", "）", "(", ")", "·", "-", "_", " ", "\u{3000}", "+", "《", "》"] {
            t = t.replacingOccurrences(of: junk, with: "")
        }
        return t
    }

    /// Information types the app or an SDK can collect, each with the facts that show it.
    static func collectedTypes(_ facts: AppFacts) -> [(InfoType, [CollectionFact])] {
        var map: [InfoType: [CollectionFact]] = [:]
        for c in facts.collection { map[c.infoType, default: []].append(c) }
        return map.keys.sorted().map { ($0, map[$0] ?? []) }
    }

    /// What the app itself (not an SDK) can collect: its collection facts plus the information its
    /// sensitive permissions expose (a builder may not have turned every permission into a
    /// collection fact), grouped by type.
    static func ownCapabilities(_ facts: AppFacts) -> [(InfoType, [CollectionFact])] {
        var map: [InfoType: [CollectionFact]] = [:]
        for c in facts.collection where c.collector == .app { map[c.infoType, default: []].append(c) }
        for p in facts.permissions where p.sensitive {
            for t in p.infoTypes where !(map[t]?.contains { $0.channel == .permission } ?? false) {
                map[t, default: []].append(CollectionFact(infoType: t, collector: .app, channel: .permission, evidence: p.evidence))
            }
        }
        return map.keys.sorted().map { ($0, map[$0] ?? []) }
    }

    /// Whether this collection is shown by the package itself rather than by an SDK's documentation.
    static func provenInPackage(_ c: CollectionFact) -> Bool { c.channel != .sdkDocumented }

    /// Evidence of a list of collection facts, capped so one finding stays readable.
    static func evidence(_ facts: [CollectionFact], limit: Int = 6) -> [Evidence] {
        Array(facts.flatMap { $0.evidence }.prefix(limit))
    }

    static func list(_ items: [String]) -> Localized {
        Localized(zh: items.joined(separator: "、"), en: items.joined(separator: ", "))
    }
}
