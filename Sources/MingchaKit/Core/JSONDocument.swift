/// A JSON text parsed once into a flat list of nodes, read through `JSONValue`.
///
/// Why our own reader: every scan is a process of its own (batch runs one per app) and loads the
/// knowledge base and the policy term lists, about 350 KB of JSON. Foundation's JSONDecoder spent
/// most of that load in Codable's generic machinery (~160 M instructions per process, more than a
/// small app's whole DEX index); reading fields straight from parsed nodes costs a fraction.
/// Strict RFC 8259 syntax; nesting is limited so that a hostile file cannot exhaust the stack.
public final class JSONDocument: Sendable {
    public enum Kind: UInt8, Sendable { case object, array, string, number, `true`, `false`, null }

    struct Node: Sendable {
        var kind: Kind
        /// Strings: `\` escapes inside (decoded on read). Numbers: a fraction or exponent.
        var flag: Bool
        /// Byte offset of the value: for strings the first byte after the opening quote.
        var start: Int32
        /// Bytes of a string's content or a number's text.
        var length: Int32
        /// Containers: elements, or members of an object (each a key node then a value node).
        var count: Int32
        /// Index of the first node after this value and everything inside it.
        var next: Int32
    }

    let bytes: [UInt8]
    let nodes: [Node]

    /// The document's top-level value.
    public var root: JSONValue { JSONValue(document: self, index: 0) }

    public static let maxDepth = 200

    public init(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        guard bytes.count < Int32.max else { throw JSONSyntaxError(line: 1, column: 1, reason: "the text is too large") }
        self.bytes = bytes
        let parsed: Result<[Node], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(buf)
            do throws(JSONSyntaxError) { try p.parseDocument(); return .success(p.nodes) } catch { return .failure(error) }
        }
        nodes = try parsed.get()
    }

    func text(_ n: Node) -> String {
        let s = Int(n.start), e = s + Int(n.length)
        if !n.flag || n.kind != .string {
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[s..<e]), as: UTF8.self) }
        }
        return String(decoding: JSONEscapes.unescape(bytes[s..<e]), as: UTF8.self)
    }

    /// Whether string node `n` equals `key`, without making a String when it has no escapes.
    func string(_ n: Node, equals key: String) -> Bool {
        if n.flag { return text(n) == key }
        // Lengths first: most lookups are for optional keys an entry does not have.
        guard key.utf8.count == Int(n.length) else { return false }
        var key = key
        let s = Int(n.start)
        return key.withUTF8 { k in
            bytes.withUnsafeBufferPointer { b in
                for j in 0..<k.count where k[j] != b[s + j] { return false }
                return true
            }
        }
    }
}

/// Where and why a text is not JSON, as line and column (1-based, columns in bytes).
public struct JSONSyntaxError: Error, CustomStringConvertible, Equatable {
    public var line: Int
    public var column: Int
    public var reason: String

    init(line: Int, column: Int, reason: String) { self.line = line; self.column = column; self.reason = reason }

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ reason: String) {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
        self.line = line; self.column = offset - lineStart + 1; self.reason = reason
    }

    public var description: String { "line \(line) column \(column): \(reason)" }
}
