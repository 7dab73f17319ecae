/// The app's service category (one of the 39 of 国信办秘字〔2021〕14号), with the information
/// necessary for its basic function, resolved from `Signatures/categories.json`.
public struct AppCategory: Codable, Hashable, Sendable {
    /// Category id as in categories.json.
    public var id: String
    public var nameZh: String
    public var nameEn: String?
    /// Information types necessary for the basic function; empty for the 13 "no PI needed" categories.
    public var necessaryInfoTypes: [InfoType]
    /// Permissions necessary for the basic function (as the knowledge base lists them).
    public var necessaryPermissions: [String]
    /// Where the category came from (`--category`, batch list, store metadata).
    public var source: Evidence?
    public init(id: String, nameZh: String, nameEn: String? = nil, necessaryInfoTypes: [InfoType] = [],
                necessaryPermissions: [String] = [], source: Evidence? = nil) {
        self.id = id; self.nameZh = nameZh; self.nameEn = nameEn; self.necessaryInfoTypes = necessaryInfoTypes
        self.necessaryPermissions = necessaryPermissions; self.source = source
    }
}
