/// The namespace URI of Android's framework attributes.
public let androidNamespace = "http://schemas.android.com/apk/res/android"

/// A decoded binary XML file.
public struct XMLDocument: Codable, Sendable {
    public var root: XMLElement?
    /// Namespace prefixes declared in the file (prefix -> URI), for display.
    public var namespaces: [String: String] = [:]
    /// Oddities Android tolerates but a tester may want to know about (lying counts, skipped chunks,
    /// obfuscated attribute names).
    public var anomalies: [String] = []

    public init(root: XMLElement?, namespaces: [String: String] = [:], anomalies: [String] = []) {
        self.root = root
        self.namespaces = namespaces
        self.anomalies = anomalies
    }
}

public struct XMLElement: Codable, Sendable {
    public var name: String
    public var namespace: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLElement]
    public var line: Int
    /// Character data directly inside this element (rare in compiled XML).
    public var text: String?

    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], children: [XMLElement] = [], line: Int = 0, text: String? = nil) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
        self.text = text
    }

    /// The framework attribute `android:<name>`, found the way Android finds it: by resource ID
    /// (so renamed or emptied name strings do not hide it). Files without a resource map fall back
    /// to the name in the android namespace.
    public func android(_ name: String) -> XMLAttribute? {
        if let id = AndroidAttributeNames.id(of: name),
           let a = attributes.first(where: { $0.resourceId == id }) {
            return a
        }
        return attributes.first { $0.resourceId == nil && $0.name == name && $0.namespace == androidNamespace }
    }

    /// An attribute outside any namespace (such as the manifest's `package`).
    public func plain(_ name: String) -> XMLAttribute? {
        attributes.first { ($0.namespace ?? "").isEmpty && $0.name == name }
    }

    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// Every element below this one, depth first (this element excluded), without recursion.
    public func descendants() -> [XMLElement] {
        var out: [XMLElement] = []
        var stack: [XMLElement] = children.reversed()
        while let e = stack.popLast() {
            out.append(e)
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }
}

public struct XMLAttribute: Codable, Sendable {
    /// The attribute's name: the framework name for its resource ID when it has one, else the
    /// name string from the file.
    public var name: String
    public var namespace: String?
    public var resourceId: UInt32?
    public var value: ResValue
    /// The name string in the file when it differs from the framework name (an obfuscated,
    /// emptied or renamed attribute name).
    public var fileName: String?

    public init(name: String, namespace: String? = nil, resourceId: UInt32? = nil, value: ResValue, fileName: String? = nil) {
        self.name = name
        self.namespace = namespace
        self.resourceId = resourceId
        self.value = value
        self.fileName = fileName
    }
}
