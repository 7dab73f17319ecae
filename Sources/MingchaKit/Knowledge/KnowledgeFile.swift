import Foundation

/// Reads one JSON file of the knowledge base: a top-level object holding lists of entries.
/// Decoding errors are turned into `KnowledgeError`s naming the file and the entry.
struct KnowledgeFile {
    let url: URL
    let data: Data

    var name: String { url.lastPathComponent }

    init(url: URL) throws {
        self.url = url
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KnowledgeError.unreadable(file: url.path)
        }
        self.data = data
    }

    /// The whole file decoded as `Body` in one pass of JSONDecoder: every scan loads the knowledge
    /// base, and parsing each file a second time (JSONSerialization) cost as much as decoding it.
    /// nil when it does not decode; the caller then asks `list`, whose slow path names the problem.
    func decoded<Body: Decodable>(_ type: Body.Type) -> Body? {
        try? JSONDecoder().decode(Body.self, from: data)
    }

    /// The entries under `key` decoded as `T`; a missing key is an empty list only when `optional`.
    func list<T: Decodable>(_ key: String, as: T.Type, optional: Bool = false) throws -> [T] {
        // Fast path: the whole list decoded from the file's own bytes.
        if let all = ListUnderKey<T>.decode(data, key: key) { return all }
        // Slow path, only for a file that did not decode: parse it to say which key or entry is wrong.
        let object = try self.object()
        guard let raw = object[key] else {
            if optional { return [] }
            throw KnowledgeError.malformed(file: name, detail: "missing list \"\(key)\"")
        }
        guard let items = raw as? [Any] else { throw KnowledgeError.malformed(file: name, detail: "\"\(key)\" is not a list") }
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

    /// The top-level object read with our own JSON reader (`JSONDocument`), for files read field by field.
    func document() throws -> JSONValue {
        let root: JSONValue
        do { root = try JSONDocument(Array(data)).root } catch {
            throw KnowledgeError.malformed(file: name, detail: "not valid JSON (\(error))")
        }
        guard root.kind == .object else { throw KnowledgeError.malformed(file: name, detail: "the top level must be an object") }
        return root
    }

    /// The entries under `key` of a document, each made by `make`; an entry that fails is named
    /// by its position and its id or name.
    func entries<T>(_ root: JSONValue, _ key: String, _ make: (JSONValue) throws -> T) throws -> [T] {
        guard let list = root[key] else { throw KnowledgeError.malformed(file: name, detail: "missing list \"\(key)\"") }
        guard let items = list.elements else { throw KnowledgeError.malformed(file: name, detail: "\"\(key)\" is not a list") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do { out.append(try make(item)) } catch {
                throw KnowledgeError.badEntry(file: name, index: i, entry: item["id"]?.string ?? item["name"]?.string,
                                              detail: "\(error)")
            }
        }
        return out
    }

    /// The top-level object, parsed with JSONSerialization (error paths and loose scalar keys).
    func object() throws -> [String: Any] {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw KnowledgeError.malformed(file: name, detail: "not valid JSON (\(Self.reason(error)))")
        }
        guard let obj = json as? [String: Any] else {
            throw KnowledgeError.malformed(file: name, detail: "the top level must be an object")
        }
        return obj
    }

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
