import Foundation

/// One JSON file of the knowledge base: a top-level object holding lists of entries, read with
/// our JSON reader. Problems become `KnowledgeError`s naming the file and, for an entry, its
/// position, its id or name, and the key at fault.
struct KnowledgeFile {
    let url: URL
    let data: Data
    /// The top-level object.
    let root: JSONValue

    var name: String { url.lastPathComponent }

    init(url: URL) throws {
        self.url = url
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KnowledgeError.unreadable(file: url.path)
        }
        self.data = data
        let root: JSONValue
        do { root = try JSONDocument(Array(data)).root } catch {
            throw KnowledgeError.malformed(file: url.lastPathComponent, detail: "not valid JSON (\(error))")
        }
        guard root.kind == .object else {
            throw KnowledgeError.malformed(file: url.lastPathComponent, detail: "the top level must be an object")
        }
        self.root = root
    }

    /// The entries under `key`, each made by `make`; a missing key is an empty list only when `optional`.
    func entries<T>(_ key: String, optional: Bool = false, _ make: (JSONValue) throws -> T) throws -> [T] {
        guard let list = root[key], !list.isNull else {
            if optional { return [] }
            throw KnowledgeError.malformed(file: name, detail: "missing list \"\(key)\"")
        }
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
}
