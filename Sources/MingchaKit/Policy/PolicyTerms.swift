import Foundation

/// The reader's word lists, loaded from `Signatures/policy-terms.json` (data, not code), and the
/// tries built from them.
public struct PolicyTerms: Sendable {
    /// Cue lists looked up by name; raw values are the JSON keys.
    enum Cue: String, CaseIterable, Sendable {
        case collectVerbs, negationCues, negationCancels, purposeCues, necessityCues, vaguenessMarkers
        case improveExperience, specificPurposes, impliedConsent, deletionCues, deletionObstacles, deletionPath
        case withdrawalCues, complaintCues, personalisationCues, optOutCues, updateDateLabels, effectiveDateLabels
        case childrenCues, sensitiveCues, separateConsent, selfStartCues, backgroundCues, thirdPartyCues, updateCues
        case policyTitleTerms, userAgreementTerms, policyVocabulary
        case contactOnline, contactForm, definitionCues
        case otherTopicCues, categoryNames, strongCollectVerbs, otherTopicOverVerbs, meansOpeners, meansClosers, locationTechniques
        case rightAccess, rightCorrect, rightDelete, rightCopy, rightWithdraw, rightDeleteAccount
    }

    struct KnownSDK: Sendable { var name: String; var vendor: String?; var sdkId: String? }

    /// The term file's fields, read from one parse of the file.
    struct File {
        var infoTypes: [String: [String]]
        var notInfo: [String]
        var rights: [String: [String]]
        var sdkTableHeaders: [String]
        var sdkVendorHeaders: [String]
        var sdkPurposeHeaders: [String]
        var sdkInfoHeaders: [String]
        var sdkFieldLabels: [String: [String]]
        var knownSDKs: [Known]
        var typeContextExclusions: [String: [String]]
        var cues: [Cue: [String]]
        struct Known { var name: String; var vendor: String?; var aliases: [String] }

        init(_ data: Data) throws {
            let root = try JSONDocument(Array(data)).root
            guard root.kind == .object else { throw JSONShapeError(key: "the top level", expected: "an object") }
            infoTypes = try root.stringLists("infoTypes", required: true)
            notInfo = try root.strings("notInfo", required: true)
            rights = try root.stringLists("rights", required: true)
            sdkTableHeaders = try root.strings("sdkTableHeaders", required: true)
            sdkVendorHeaders = try root.strings("sdkVendorHeaders", required: true)
            sdkPurposeHeaders = try root.strings("sdkPurposeHeaders", required: true)
            sdkInfoHeaders = try root.strings("sdkInfoHeaders", required: true)
            sdkFieldLabels = try root.stringLists("sdkFieldLabels", required: true)
            typeContextExclusions = try root.stringLists("typeContextExclusions")
            guard let known = root["knownSDKs"] else { throw JSONShapeError(key: "knownSDKs", expected: nil) }
            guard let list = known.elements else { throw JSONShapeError(key: "knownSDKs", expected: "a list") }
            knownSDKs = try list.map { try Known(name: $0.string("name"), vendor: $0.optionalString("vendor"), aliases: $0.strings("aliases")) }
            // Cue lists are optional: a list the file leaves out matches nothing.
            var cues: [Cue: [String]] = [:]
            for c in Cue.allCases { cues[c] = (try? root.strings(c.rawValue)) ?? [] }
            self.cues = cues
        }
    }

    /// Information types in the order of their trie payloads.
    let types: [InfoType]
    let infoTrie: TermTrie
    let cueTrie: TermTrie
    let sdkTrie: TermTrie
    let knownSDKs: [KnownSDK]
    let tableHeaders: (name: [String], vendor: [String], purpose: [String], info: [String])
    let fieldLabels: [String: [String]]
    /// SDK field labels ("SDK名称", "使用目的"...), payload = index into `fieldOrder`.
    let fieldTrie: TermTrie
    static let fieldOrder = ["name", "vendor", "purpose", "info"]
    let cueTerms: [Cue: [String]]
    /// Per type: words that make a sentence about something else ("向您发送电子邮件" is a channel, not collection).
    let exclusions: [InfoType: [String]]

    /// The payload marking "not information" phrases in `infoTrie`.
    static let notInfo = -1

    public static func standard() throws -> PolicyTerms { try cache.get { try load() } }
    private static let cache = OnceCache<PolicyTerms>()

    public static func load(signatures: URL = MingchaPaths.signatures, knowledge: KnowledgeBase? = nil) throws -> PolicyTerms {
        let url = signatures.appendingPathComponent("policy-terms.json")
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw PolicyError.badTerms("\(url.path): \(error.localizedDescription)") }
        return try parse(data, knowledge: knowledge ?? (try? KnowledgeBase.standard()))
    }

    static func parse(_ data: Data, knowledge: KnowledgeBase?) throws -> PolicyTerms {
        let file: File
        do { file = try File(data) } catch { throw PolicyError.badTerms("\(error)") }
        var cues = file.cues
        let rightKeys: [(String, Cue)] = [("access", .rightAccess), ("correct", .rightCorrect), ("delete", .rightDelete),
                                          ("copy", .rightCopy), ("withdraw", .rightWithdraw), ("deleteAccount", .rightDeleteAccount)]
        for (k, c) in rightKeys { cues[c] = file.rights[k] ?? [] }

        let types = file.infoTypes.keys.sorted().map(InfoType.init(rawValue:))
        var info = TermTrie()
        for (i, t) in types.enumerated() { for s in file.infoTypes[t.rawValue] ?? [] { info.insert(s, payload: i) } }
        for s in file.notInfo { info.insert(s, payload: notInfo) }

        var cueTrie = TermTrie()
        for c in Cue.allCases { for s in cues[c] ?? [] { cueTrie.insert(s, payload: Cue.allCases.firstIndex(of: c) ?? 0) } }

        // SDK names: the term file's common SDKs, then the knowledge base's (with ids).
        var known: [KnownSDK] = []
        var sdk = TermTrie()
        let firsts = FirstSDK(knowledge?.sdks ?? [])
        for k in file.knownSDKs {
            let kbId = firsts.first(name: k.name, vendor: k.vendor).map { knowledge?.sdks[$0].id } ?? nil
            known.append(KnownSDK(name: k.name, vendor: k.vendor, sdkId: kbId))
            for n in [k.name] + k.aliases where n.count >= 2 { sdk.insert(n, payload: known.count - 1) }
        }
        for s in knowledge?.sdks ?? [] {
            known.append(KnownSDK(name: s.nameZh ?? s.nameEn, vendor: s.vendor, sdkId: s.id))
            for n in [s.nameZh, s.nameEn].compactMap({ $0 }) where n.count >= 3 || n.unicodeScalars.contains(where: { $0.value > 0x2E80 }) && n.count >= 2 {
                sdk.insert(n, payload: known.count - 1)
            }
        }
        var fields = TermTrie()
        for (i, f) in fieldOrder.enumerated() { for l in file.sdkFieldLabels[f] ?? [] { fields.insert(l, payload: i) } }
        return PolicyTerms(types: types, infoTrie: info, cueTrie: cueTrie, sdkTrie: sdk, knownSDKs: known,
                           tableHeaders: (file.sdkTableHeaders, file.sdkVendorHeaders, file.sdkPurposeHeaders, file.sdkInfoHeaders),
                           fieldLabels: file.sdkFieldLabels, fieldTrie: fields, cueTerms: cues,
                           exclusions: Dictionary(uniqueKeysWithValues: file.typeContextExclusions.map { (InfoType(rawValue: $0.key), $0.value) }))
    }

    /// Information types named in `keys` (leftmost-longest), with their positions.
    func infoMatches(_ keys: [UInt32]) -> [(type: InfoType, start: Int, end: Int)] {
        infoTrie.longest(keys).compactMap { m in
            m.payload >= 0 && m.payload < types.count ? (types[m.payload], m.start, m.end) : nil
        }
    }

    /// Cue occurrences by list.
    func cues(_ keys: [UInt32]) -> CueHits {
        var hits = CueHits()
        for m in cueTrie.all(keys) where m.payload < Cue.allCases.count {
            hits.byCue[Cue.allCases[m.payload], default: []].append(m.start..<m.end)
        }
        return hits
    }
}

/// Where each cue list matched in one sentence.
struct CueHits {
    var byCue: [PolicyTerms.Cue: [Range<Int>]] = [:]
    func has(_ c: PolicyTerms.Cue) -> Bool { !(byCue[c]?.isEmpty ?? true) }
    func at(_ c: PolicyTerms.Cue) -> [Range<Int>] { byCue[c] ?? [] }
}

/// The first knowledge-base SDK named (zh or en) or made by a given vendor, by index: one pass
/// over the SDKs instead of a search of all of them for every SDK of the term file.
private struct FirstSDK {
    private var byName: [String: Int] = [:]
    private var byVendor: [String: Int] = [:]

    init(_ sdks: [SDKSignature]) {
        byName.reserveCapacity(2 * sdks.count); byVendor.reserveCapacity(sdks.count)
        for i in sdks.indices {
            if let zh = sdks[i].nameZh { byName.keepFirst(zh, i) }
            byName.keepFirst(sdks[i].nameEn, i)
            if let v = sdks[i].vendor { byVendor.keepFirst(v, i) }
        }
    }

    /// The lowest index whose name is `name` or (when given) whose vendor is `vendor`.
    func first(name: String, vendor: String?) -> Int? {
        let a = byName[name], b = vendor.flatMap { byVendor[$0] }
        switch (a, b) {
        case let (x?, y?): return min(x, y)
        default: return a ?? b
        }
    }
}
