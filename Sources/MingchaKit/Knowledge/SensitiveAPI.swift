/// An Android framework API that reads personal information.
public struct SensitiveAPI: Encodable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case method, field }
    public var id: String
    /// Smali class descriptor of the declaring class, e.g. `Landroid/telephony/TelephonyManager;`.
    public var owner: String
    /// Method name, e.g. `getDeviceId` (a field name when `kind == .field`).
    public var method: String
    public var infoTypes: [InfoType]
    public var note: String?
    public var kind: Kind = .method
    /// The API reads `infoTypes` only when called with this string argument (`android_id`).
    public var argument: String?
    /// What the API reads depends on a content URI (see `KnowledgeBase.contentURIs`).
    public var needsURI: Bool = false

    public init(id: String, owner: String, method: String, infoTypes: [InfoType], note: String? = nil,
                kind: Kind = .method, argument: String? = nil, needsURI: Bool = false) {
        self.id = id; self.owner = owner; self.method = method; self.infoTypes = infoTypes; self.note = note
        self.kind = kind; self.argument = argument; self.needsURI = needsURI
    }

    /// `Lcom/x/Y;->m`, the form reports print.
    public var descriptor: String { owner + "->" + method }

    /// An entry of `apis.json`; `kind` defaults to a method.
    init(json e: JSONValue) throws {
        id = try e.string("id")
        owner = try e.string("owner")
        method = try e.string("method")
        infoTypes = try e.strings("infoTypes", required: true).map(InfoType.init(rawValue:))
        note = try e.optionalString("note")
        if let k = try e.optionalString("kind") {
            guard let known = Kind(rawValue: k) else { throw JSONShapeError(key: "kind", expected: "\"method\" or \"field\"") }
            kind = known
        }
        argument = try e.optionalString("argument")
        needsURI = try e.optionalBool("needsURI") ?? false
    }
}

/// A content provider's data: the URI prefixes and framework constants that name it.
public struct ContentURIType: Encodable, Hashable, Sendable {
    public var id: String
    public var infoTypes: [InfoType]
    /// `content://com.android.contacts`, matched on path boundaries.
    public var uriPrefixes: [String]
    /// Static fields holding the URI, `Landroid/provider/CallLog$Calls;->CONTENT_URI`.
    public var fields: [String]
    public var note: String?
    public init(id: String, infoTypes: [InfoType], uriPrefixes: [String], fields: [String], note: String? = nil) {
        self.id = id; self.infoTypes = infoTypes; self.uriPrefixes = uriPrefixes; self.fields = fields; self.note = note
    }

    /// An entry of `apis.json`'s `contentURIs`.
    init(json e: JSONValue) throws {
        self.init(id: try e.string("id"), infoTypes: try e.strings("infoTypes", required: true).map(InfoType.init(rawValue:)),
                  uriPrefixes: try e.strings("uriPrefixes", required: true), fields: try e.strings("fields", required: true),
                  note: try e.optionalString("note"))
    }
}
