/// A category of SDK (`sdk-categories.json`): push, analytics, ads, ... `dataRecipient` is false for
/// code libraries that send nothing to a third party by themselves.
public struct SDKCategory: Encodable, Hashable, Sendable {
    public var id: String
    public var zh: String
    public var en: String
    public var dataRecipient: Bool
    public init(id: String, zh: String, en: String, dataRecipient: Bool) {
        self.id = id; self.zh = zh; self.en = en; self.dataRecipient = dataRecipient
    }

    init(json e: JSONValue) throws {
        self.init(id: try e.string("id"), zh: try e.string("zh"), en: try e.string("en"), dataRecipient: try e.bool("dataRecipient"))
    }
}
