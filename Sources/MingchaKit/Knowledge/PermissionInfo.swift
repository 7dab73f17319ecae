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

    /// The shape of an entry in `permissions.json`.
    struct FileEntry: Decodable {
        var name: String
        var zh: String
        var group: String?
        var infoTypes: [InfoType]
        var protection: String
        var sensitive: Bool
        var note: String?
        var info: PermissionInfo {
            PermissionInfo(name: name, zhName: zh, infoTypes: infoTypes, sensitive: sensitive, protection: protection, group: group, note: note)
        }
    }
}
