/// Problems with a batch as a whole (its inputs, list file, output folder), as opposed to one
/// app, which becomes an error record instead.
public enum BatchError: MingchaError {
    case unreadableList(String)
    case listWithoutPathColumn(String, [String])
    case listTooLarge(String)
    case missingInput(String)
    case badShard(String)
    case noInputs
    case outputFolder(String, String)
    case mergeInput(String, String)
    case mergeIncomplete(String)
    case executableNotFound

    public var code: String {
        switch self {
        case .unreadableList: return "batch.list-unreadable"
        case .listWithoutPathColumn: return "batch.list-no-path"
        case .listTooLarge: return "batch.list-too-large"
        case .missingInput: return "batch.input-missing"
        case .badShard: return "batch.bad-shard"
        case .noInputs: return "batch.no-inputs"
        case .outputFolder: return "batch.output"
        case .mergeInput: return "batch.merge-input"
        case .mergeIncomplete: return "batch.merge-incomplete"
        case .executableNotFound: return "batch.no-executable"
        }
    }

    public var description: String {
        switch self {
        case .unreadableList(let p): return "cannot read the list file \(p)"
        case .listWithoutPathColumn(let p, let header):
            return "the list file \(p) has no path column (looked for path/file/路径/文件; header was: \(header.joined(separator: ", ")))"
        case .listTooLarge(let p): return "the list file \(p) is larger than 64 MiB"
        case .missingInput(let p): return "input \(p) does not exist"
        case .badShard(let s): return "--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/8), not '\(s)'"
        case .noInputs: return "no inputs: give directories and/or --list FILE"
        case .outputFolder(let p, let why): return "cannot use the output folder \(p): \(why)"
        case .mergeInput(let p, let why): return "cannot merge \(p): \(why)"
        case .mergeIncomplete(let why): return "the shards do not cover the whole batch: \(why) (use --allow-partial to merge anyway)"
        case .executableNotFound: return "cannot find the mingcha executable to run child scans"
        }
    }
}
