/// Problems loading `Signatures/`: each names the file and, where there is one, the entry.
public enum KnowledgeError: MingchaError, Equatable {
    case unreadable(file: String)
    case malformed(file: String, detail: String)
    case badEntry(file: String, index: Int, entry: String?, detail: String)

    public var code: String {
        switch self {
        case .unreadable: return "kb.unreadable"
        case .malformed: return "kb.malformed"
        case .badEntry: return "kb.bad-entry"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let f): return "knowledge base file \(f) cannot be read"
        case .malformed(let f, let d): return "knowledge base file \(f) is malformed: \(d)"
        case .badEntry(let f, let i, let e, let d):
            return "knowledge base file \(f), entry #\(i + 1)\(e.map { " (\($0))" } ?? ""): \(d)"
        }
    }
}
