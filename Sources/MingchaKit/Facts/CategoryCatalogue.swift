import Foundation

/// The app categories of `Signatures/categories.json`, for resolving `--category` into an
/// `AppCategory`. Tolerant of the file's shape (a list, or `{"categories": [...]}`) and of
/// key spellings, because the knowledge base owns the file; matching is by id, Chinese name
/// or English name, ignoring case and spaces.
public struct CategoryCatalogue: Sendable {
    public let categories: [AppCategory]

    public init(categories: [AppCategory]) { self.categories = categories }

    public static func load(signatures: URL = MingchaPaths.signatures) throws -> CategoryCatalogue {
        let url = signatures.appendingPathComponent("categories.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw FactsError.categoriesUnreadable(url.path) }
        guard let json = try? JSONSerialization.jsonObject(with: data) else {
            throw FactsError.categoriesMalformed(url.path, "not JSON")
        }
        let items: [Any]
        if let list = json as? [Any] { items = list }
        else if let obj = json as? [String: Any], let list = obj["categories"] as? [Any] { items = list }
        else { throw FactsError.categoriesMalformed(url.path, "expected a list of categories") }
        var out: [AppCategory] = []
        for case let item as [String: Any] in items {
            func str(_ keys: [String]) -> String? {
                for k in keys { if let s = item[k] as? String, !s.isEmpty { return s }; if let n = item[k] as? Int { return String(n) } }
                return nil
            }
            func list(_ keys: [String]) -> [String] {
                for k in keys { if let xs = item[k] as? [String] { return xs } }
                return []
            }
            guard let zh = str(["zh", "nameZh", "name_zh", "name"]) else { continue }
            let id = str(["id", "key", "number", "no"]) ?? zh
            out.append(AppCategory(id: id, nameZh: zh, nameEn: str(["en", "nameEn", "name_en"]),
                                   necessaryInfoTypes: list(["necessaryInfoTypes", "necessary_info_types", "necessary", "infoTypes"]).map { InfoType(rawValue: $0) },
                                   necessaryPermissions: list(["necessaryPermissions", "necessary_permissions", "permissions"])))
        }
        guard !out.isEmpty else { throw FactsError.categoriesMalformed(url.path, "no category with a Chinese name") }
        return CategoryCatalogue(categories: out)
    }

    /// The category named `name`, with `source` recording where the name came from.
    public func resolve(_ name: String, source: Evidence? = Evidence(.input, detail: "--category")) -> AppCategory? {
        let key = Self.fold(name)
        guard var c = categories.first(where: { Self.fold($0.id) == key || Self.fold($0.nameZh) == key || $0.nameEn.map(Self.fold) == key })
        else { return nil }
        c.source = source.map { var e = $0; e.detail = ($0.detail ?? "category") + " = " + name; return e }
        return c
    }

    static func fold(_ s: String) -> String { s.lowercased().filter { !$0.isWhitespace } }
}
