/// What an Android permission exposes.
public struct PermissionInfo: Codable, Hashable, Sendable {
    public var name: String
    public var zhName: String?
    public var infoTypes: [InfoType]
    /// Runtime (dangerous) or special permission that touches personal information.
    public var sensitive: Bool
    /// normal, dangerous, signature, special, ...
    public var protection: String?
    /// Android permission group (or the knowledge base's grouping for special ones).
    public var group: String?
    public var note: String?
    public init(name: String, zhName: String? = nil, infoTypes: [InfoType], sensitive: Bool, protection: String? = nil,
                group: String? = nil, note: String? = nil) {
        self.name = name; self.zhName = zhName; self.infoTypes = infoTypes; self.sensitive = sensitive; self.protection = protection
        self.group = group; self.note = note
    }

    /// An entry of `permissions.json` (its Chinese name is `zh`, and required there).
    init(json e: JSONValue) throws {
        self.init(name: try e.string("name"), zhName: try e.string("zh"),
                  infoTypes: try e.strings("infoTypes", required: true).map(InfoType.init(rawValue:)),
                  sensitive: try e.bool("sensitive"), protection: try e.string("protection"),
                  group: try e.optionalString("group"), note: try e.optionalString("note"))
    }
}
