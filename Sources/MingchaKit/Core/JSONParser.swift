/// The syntax pass of `JSONDocument`: checks the text against RFC 8259 and records one node per
/// value, in document order, so that a container's elements follow it and `next` skips them.
/// Reads through a buffer pointer: the text is held by the document for the parser's lifetime,
/// and unchecked byte access is what makes a byte-at-a-time scanner fast in Swift.
struct JSONParser {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private(set) var nodes: [JSONDocument.Node] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        b = bytes
        nodes.reserveCapacity(bytes.count / 8)
    }

    mutating func parseDocument() throws(JSONSyntaxError) {
        // A UTF-8 byte-order mark is tolerated, as JSONDecoder does.
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        try value(depth: 0)
        skipSpace()
        if i < b.count { throw fail("unexpected text after the value") }
    }

    private func fail(_ why: String) -> JSONSyntaxError { JSONSyntaxError(b, at: i, why) }

    private mutating func skipSpace() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func add(_ kind: JSONDocument.Kind, start: Int, length: Int = 0, flag: Bool = false) -> Int {
        nodes.append(.init(kind: kind, flag: flag, start: Int32(start), length: Int32(length), count: 0, next: Int32(nodes.count + 1)))
        return nodes.count - 1
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) {
        skipSpace()
        guard i < b.count else { throw fail("the text ends where a value should be") }
        switch b[i] {
        case UInt8(ascii: "{"): try container(object: true, depth: depth)
        case UInt8(ascii: "["): try container(object: false, depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected character where a value should be")
        }
    }

    private mutating func container(object: Bool, depth: Int) throws(JSONSyntaxError) {
        guard depth < JSONDocument.maxDepth else { throw fail("nested deeper than \(JSONDocument.maxDepth) levels") }
        let close = UInt8(ascii: object ? "}" : "]")
        let me = add(object ? .object : .array, start: i)
        i += 1
        var count: Int32 = 0
        skipSpace()
        if i < b.count, b[i] == close {
            i += 1
        } else {
            while true {
                if object {
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                    try string()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                    i += 1
                }
                try value(depth: depth + 1)
                count += 1
                skipSpace()
                guard i < b.count else { throw fail("the text ends inside \(object ? "an object" : "a list")") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == close { i += 1; break }
                throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        }
        nodes[me].count = count
        nodes[me].next = Int32(nodes.count)
    }

    private mutating func string() throws(JSONSyntaxError) {
        let start = i + 1
        i = start
        var escaped = false
        while true {
            guard i < b.count else { throw fail("the text ends inside a string") }
            let c = b[i]
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { throw fail("control character in a string") }
            if c == UInt8(ascii: "\\") {
                escaped = true
                guard i + 1 < b.count else { throw fail("the text ends inside a string") }
                switch b[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 5 < b.count, (2...5).allSatisfy({ JSONEscapes.hex(b[i + $0]) != nil }) else {
                        throw fail("\\u must be followed by four hex digits")
                    }
                    i += 6
                default:
                    i += 1
                    throw fail("unknown escape")
                }
                continue
            }
            i += 1
        }
        _ = add(.string, start: start, length: i - start, flag: escaped)
        i += 1
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONDocument.Kind) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count, (0..<n).allSatisfy({ b[i + $0] == word.utf8Start[$0] }) else {
            throw fail("unexpected character where a value should be")
        }
        _ = add(kind, start: i, length: n)
        i += n
    }

    private mutating func number() throws(JSONSyntaxError) {
        let start = i
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            return i - s
        }
        if b[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let n = digits()
        guard n > 0 else { throw fail("a number needs digits") }
        if n > 1, b[intStart] == UInt8(ascii: "0") { i = intStart; throw fail("a number cannot start with 0") }
        var real = false
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1; real = true
            guard digits() > 0 else { throw fail("a number needs digits after '.'") }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1; real = true
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        _ = add(.number, start: start, length: i - start, flag: real)
    }
}

/// Decoding the escapes of a JSON string.
enum JSONEscapes {
    static func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The UTF-8 bytes a string's content stands for. The parser has checked every escape; a
    /// lone surrogate becomes U+FFFD.
    static func unescape(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        func unit(at j: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 << 4 | (hex(s[j + $1]) ?? 0) }
        }
        while i < s.endIndex {
            let c = s[i]
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            let e = s[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var v = unit(at: i)
                i += 4
                if (0xD800..<0xDC00).contains(v), i + 5 < s.endIndex, s[i] == UInt8(ascii: "\\"), s[i + 1] == UInt8(ascii: "u") {
                    let low = unit(at: i + 2)
                    if (0xDC00..<0xE000).contains(low) { v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00); i += 6 }
                }
                UTF8.encode(Unicode.Scalar(v) ?? "\u{FFFD}") { out.append($0) }
            default: out.append(e)  // \" \\ \/
            }
        }
        return out
    }
}
