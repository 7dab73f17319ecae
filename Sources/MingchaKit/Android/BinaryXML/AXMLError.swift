/// Why an Android binary XML file or resource table could not be read.
public enum AXMLError: MingchaError, Equatable {
    /// The bytes end before a structure that must be there.
    case truncated(what: String, offset: Int)
    /// A chunk header that Android itself would refuse (sizes not fitting, not 4-aligned...).
    case badChunk(what: String, offset: Int)
    /// A string pool Android would refuse.
    case badStringPool(String)
    /// More items than `ScanLimits` allows.
    case tooMany(what: String, count: Int, limit: Int)
    /// Not a binary XML file at all (e.g. a plain-text manifest).
    case notBinaryXML(String)
    /// Element nesting deeper than any real file.
    case tooDeep(depth: Int)
    /// No element at all: nothing to build a manifest from.
    case noRootElement

    public var code: String {
        switch self {
        case .truncated: return "axml.truncated"
        case .badChunk: return "axml.bad-chunk"
        case .badStringPool: return "axml.bad-string-pool"
        case .tooMany: return "axml.too-many"
        case .notBinaryXML: return "axml.not-binary"
        case .tooDeep: return "axml.too-deep"
        case .noRootElement: return "axml.no-root"
        }
    }

    public var description: String {
        switch self {
        case let .truncated(what, offset):
            return "binary XML ends early: \(what) at offset \(offset) is cut off"
        case let .badChunk(what, offset):
            return "binary XML chunk at offset \(offset) is malformed: \(what)"
        case let .badStringPool(why):
            return "binary XML string pool is malformed: \(why)"
        case let .tooMany(what, count, limit):
            return "binary XML declares \(count) \(what), more than the limit of \(limit)"
        case let .notBinaryXML(why):
            return "not an Android binary XML file: \(why)"
        case let .tooDeep(depth):
            return "binary XML elements are nested \(depth) deep, more than any real file"
        case .noRootElement:
            return "binary XML holds no element"
        }
    }
}
