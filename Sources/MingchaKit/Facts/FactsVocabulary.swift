import Foundation

/// The traits of information types that rules need (sensitive, unchangeable, parent, names),
/// read from `Signatures/vocabulary.json` so no type list is written in Swift.
public struct FactsVocabulary: Sendable {
    public struct Entry: Encodable, Hashable, Sendable {
        public var id: InfoType
        public var zh: String
        public var en: String
        public var sensitive: Bool
        public var unchangeable: Bool
        public var parent: InfoType?
        public init(id: InfoType, zh: String, en: String, sensitive: Bool = false, unchangeable: Bool = false, parent: InfoType? = nil) {
            self.id = id; self.zh = zh; self.en = en; self.sensitive = sensitive; self.unchangeable = unchangeable; self.parent = parent
        }
        /// An entry of `vocabulary.json`: names default to the id, flags to false.
        init(json e: JSONValue) throws {
            id = InfoType(rawValue: try e.string("id"))
            zh = try e.optionalString("zh") ?? id.rawValue
            en = try e.optionalString("en") ?? id.rawValue
            sensitive = try e.optionalBool("sensitive") ?? false
            unchangeable = try e.optionalBool("unchangeable") ?? false
            parent = try e.optionalString("parent").map(InfoType.init(rawValue:))
        }
    }

    public let entries: [InfoType: Entry]

    public init(entries: [Entry]) {
        var map: [InfoType: Entry] = [:]
        for e in entries { map[e.id] = e }
        self.entries = map
    }

    public static let empty = FactsVocabulary(entries: [])

    /// Reads `vocabulary.json` from a Signatures folder, as the knowledge base reads it.
    public static func load(signatures: URL = MingchaPaths.signatures) throws -> FactsVocabulary {
        let url = signatures.appendingPathComponent("vocabulary.json")
        do {
            return FactsVocabulary(entries: try KnowledgeFile(url: url).entries("types", Entry.init(json:)))
        } catch KnowledgeError.unreadable {
            throw FactsError.vocabularyUnreadable(url.path)
        } catch {
            throw FactsError.vocabularyMalformed(url.path, String(describing: error))
        }
    }

    public func isSensitive(_ t: InfoType) -> Bool { entries[t]?.sensitive ?? false }
    public func isUnchangeable(_ t: InfoType) -> Bool { entries[t]?.unchangeable ?? false }

    /// The type and its ancestors, nearest first (bounded: the vocabulary may not be a tree).
    public func lineage(_ t: InfoType) -> [InfoType] {
        var out = [t]
        var cur = t
        for _ in 0..<8 {
            guard let p = entries[cur]?.parent, !out.contains(p) else { break }
            out.append(p)
            cur = p
        }
        return out
    }

    public func zh(_ t: InfoType) -> String { entries[t]?.zh ?? t.rawValue }
    public func en(_ t: InfoType) -> String { entries[t]?.en ?? t.rawValue }
    public func names(_ types: [InfoType]) -> Localized {
        Localized(zh: types.map(zh).joined(separator: "、"), en: types.map(en).joined(separator: ", "))
    }
}

public enum FactsError: MingchaError {
    case vocabularyUnreadable(String)
    case vocabularyMalformed(String, String)
    case categoriesUnreadable(String)
    case categoriesMalformed(String, String)
    public var code: String {
        switch self {
        case .vocabularyUnreadable: return "facts.vocabulary-unreadable"
        case .vocabularyMalformed: return "facts.vocabulary-malformed"
        case .categoriesUnreadable: return "facts.categories-unreadable"
        case .categoriesMalformed: return "facts.categories-malformed"
        }
    }
    public var description: String {
        switch self {
        case .vocabularyUnreadable(let p): return "cannot read the information-type vocabulary at \(p)"
        case let .vocabularyMalformed(p, why): return "the information-type vocabulary at \(p) is not valid: \(why)"
        case .categoriesUnreadable(let p): return "cannot read the app categories at \(p)"
        case let .categoriesMalformed(p, why): return "the app categories at \(p) are not valid: \(why)"
        }
    }
}
