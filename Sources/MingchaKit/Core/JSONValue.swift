/// One value of a `JSONDocument`: a reference to the document and a node index, cheap to copy.
public struct JSONValue: Sendable {
    let document: JSONDocument
    let index: Int

    private var node: JSONDocument.Node { document.nodes[index] }

    public var kind: JSONDocument.Kind { node.kind }
    public var isNull: Bool { kind == .null }

    /// The string's text; nil for other kinds.
    public var string: String? { kind == .string ? document.text(node) : nil }

    /// The number as an Int when it is written as one (no fraction or exponent) and fits.
    public var int: Int? {
        let n = node
        guard n.kind == .number, !n.flag else { return nil }
        return Int(document.text(n))
    }

    public var bool: Bool? {
        switch kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    /// A list's elements; nil for other kinds.
    public var elements: [JSONValue]? {
        let n = node
        guard n.kind == .array else { return nil }
        var out: [JSONValue] = []
        out.reserveCapacity(Int(n.count))
        var child = index + 1
        for _ in 0..<n.count {
            out.append(JSONValue(document: document, index: child))
            child = Int(document.nodes[child].next)
        }
        return out
    }

    /// An object's members in document order; nil for other kinds.
    public var members: [(key: String, value: JSONValue)]? {
        let n = node
        guard n.kind == .object else { return nil }
        var out: [(key: String, value: JSONValue)] = []
        out.reserveCapacity(Int(n.count))
        var child = index + 1
        for _ in 0..<n.count {
            out.append((document.text(document.nodes[child]), JSONValue(document: document, index: child + 1)))
            child = Int(document.nodes[child + 1].next)
        }
        return out
    }

    /// The member named `key` (the first, if the object repeats it); nil when absent or not an object.
    public subscript(key: String) -> JSONValue? {
        let doc = document
        let found: Int? = doc.nodes.withUnsafeBufferPointer { nodes in
            let n = nodes[index]
            guard n.kind == .object else { return nil }
            var child = index + 1
            for _ in 0..<n.count {
                if doc.string(nodes[child], equals: key) { return child + 1 }
                child = Int(nodes[child + 1].next)
            }
            return nil
        }
        return found.map { JSONValue(document: doc, index: $0) }
    }
}

/// A value of the wrong shape for what reads it, named by its key.
public struct JSONShapeError: Error, CustomStringConvertible, Equatable {
    public var key: String
    /// nil: the key is missing.
    public var expected: String?
    public var description: String {
        expected.map { "\(key) should be \($0)" } ?? "missing key \"\(key)\""
    }
}

/// Typed reads of an object's members, for files whose shape is fixed (the knowledge base).
/// Optional members may be absent or null; a present member of the wrong kind is an error.
extension JSONValue {
    public func string(_ key: String) throws -> String {
        guard let v = self[key], !v.isNull else { throw JSONShapeError(key: key, expected: nil) }
        guard let s = v.string else { throw JSONShapeError(key: key, expected: "a string") }
        return s
    }

    public func optionalString(_ key: String) throws -> String? {
        guard let v = self[key], !v.isNull else { return nil }
        guard let s = v.string else { throw JSONShapeError(key: key, expected: "a string") }
        return s
    }

    public func optionalBool(_ key: String) throws -> Bool? {
        guard let v = self[key], !v.isNull else { return nil }
        guard let b = v.bool else { throw JSONShapeError(key: key, expected: "true or false") }
        return b
    }

    public func bool(_ key: String) throws -> Bool {
        guard let b = try optionalBool(key) else { throw JSONShapeError(key: key, expected: nil) }
        return b
    }

    /// A list of strings; absent or null is empty unless `required`.
    public func strings(_ key: String, required: Bool = false) throws -> [String] {
        guard let v = self[key], !v.isNull else {
            if required { throw JSONShapeError(key: key, expected: nil) }
            return []
        }
        return try v.stringList(named: key)
    }

    /// An object whose members are lists of strings; absent or null is empty unless `required`.
    public func stringLists(_ key: String, required: Bool = false) throws -> [String: [String]] {
        guard let v = self[key], !v.isNull else {
            if required { throw JSONShapeError(key: key, expected: nil) }
            return [:]
        }
        guard let members = v.members else { throw JSONShapeError(key: key, expected: "an object of string lists") }
        var out: [String: [String]] = [:]
        for (k, list) in members where out[k] == nil { out[k] = try list.isNull ? [] : list.stringList(named: key + "." + k) }
        return out
    }

    private func stringList(named key: String) throws -> [String] {
        guard let list = elements else { throw JSONShapeError(key: key, expected: "a list of strings") }
        var out: [String] = []
        out.reserveCapacity(list.count)
        for e in list {
            guard let s = e.string else { throw JSONShapeError(key: key, expected: "a list of strings") }
            out.append(s)
        }
        return out
    }
}
