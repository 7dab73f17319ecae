import Foundation

/// Reads one JSON file of the knowledge base: a top-level object holding lists of entries.
/// Decoding errors are turned into `KnowledgeError`s naming the file and the entry.
struct KnowledgeFile {
    let url: URL
    let data: Data
    let object: [String: Any]

    var name: String { url.lastPathComponent }

    init(url: URL) throws {
        self.url = url
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KnowledgeError.unreadable(file: url.path)
        }
        self.data = data
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw KnowledgeError.malformed(file: url.lastPathComponent, detail: "not valid JSON (\(Self.reason(error)))")
        }
        guard let obj = json as? [String: Any] else {
            throw KnowledgeError.malformed(file: url.lastPathComponent, detail: "the top level must be an object")
        }
        object = obj
    }

    /// The entries under `key` decoded as `T`; a missing key is an empty list only when `optional`.
    func list<T: Decodable>(_ key: String, as: T.Type, optional: Bool = false) throws -> [T] {
        guard let raw = object[key] else {
            if optional { return [] }
            throw KnowledgeError.malformed(file: name, detail: "missing list \"\(key)\"")
        }
        guard let items = raw as? [Any] else { throw KnowledgeError.malformed(file: name, detail: "\"\(key)\" is not a list") }
        // Fast path: the whole list decoded from the file's own bytes (re-serialising the parsed
        // list first cost more than the decoding); only when that fails, entry by entry to name the bad one.
        if let all = ListUnderKey<T>.decode(data, key: key) { return all }
        let decoder = JSONDecoder()
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do {
                let bytes = try JSONSerialization.data(withJSONObject: item)
                out.append(try decoder.decode(T.self, from: bytes))
            } catch {
                throw KnowledgeError.badEntry(file: name, index: i, entry: Self.entryName(item), detail: Self.reason(error))
            }
        }
        return out
    }

    func string(_ key: String) -> String? { object[key] as? String }

    static func entryName(_ item: Any) -> String? {
        guard let d = item as? [String: Any] else { return nil }
        return (d["id"] as? String) ?? (d["name"] as? String)
    }

    /// A decoding error in a tester's words.
    static func reason(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        func path(_ p: [CodingKey]) -> String { p.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") }
        switch e {
        case .keyNotFound(let k, let c): return "missing key \"\(k.stringValue)\"" + (c.codingPath.isEmpty ? "" : " in \(path(c.codingPath))")
        case .typeMismatch(let t, let c): return "\(path(c.codingPath)) should be \(t)"
        case .valueNotFound(let t, let c): return "\(path(c.codingPath)) is null, expected \(t)"
        case .dataCorrupted(let c): return c.debugDescription + (c.codingPath.isEmpty ? "" : " at \(path(c.codingPath))")
        @unknown default: return "\(e)"
        }
    }
}

/// `{"<key>": [T, ...], ...}` decoded in one pass; the key comes through the decoder's userInfo.
private struct ListUnderKey<T: Decodable>: Decodable {
    static var userInfoKey: CodingUserInfoKey? { CodingUserInfoKey(rawValue: "mingcha.knowledge.listKey") }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var items: [T]?

    init(from decoder: Decoder) throws {
        guard let k = Self.userInfoKey, let key = decoder.userInfo[k] as? String else { items = nil; return }
        items = try decoder.container(keyedBy: AnyKey.self).decodeIfPresent([T].self, forKey: AnyKey(stringValue: key))
    }

    /// nil when the list is missing or any entry does not decode (the caller then says which).
    static func decode(_ data: Data, key: String) -> [T]? {
        guard let k = userInfoKey else { return nil }
        let decoder = JSONDecoder()
        decoder.userInfo[k] = key
        return (try? decoder.decode(ListUnderKey<T>.self, from: data))?.items
    }
}
