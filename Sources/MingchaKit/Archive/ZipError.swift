/// Why a zip (APK, bundle) could not be read. Limit violations end the scan of that app.
public enum ZipError: MingchaError, Equatable {
    case notAZip(String)
    case truncated(String, detail: String)
    case tooManyEntries(String, count: Int, limit: Int)
    case entryTooLarge(String, entry: String, size: Int, limit: Int)
    case totalTooLarge(used: Int, limit: Int)
    case bomb(String, entry: String, compressed: Int, inflated: Int, ratioLimit: Int)
    case sizeMismatch(String, entry: String, declared: Int, actual: String)
    case crcMismatch(String, entry: String)
    case corruptData(String, entry: String, detail: String)
    case unsupportedMethod(String, entry: String, method: Int)
    case nestingTooDeep(String, depth: Int, limit: Int)
    case bundleWithoutBase(String, detail: String)
    case unreadable(String, detail: String)
    case noApk(String)
    case badEntryName(String, index: Int, detail: String)
    case localHeaderMismatch(String, entry: String, detail: String)

    public var code: String {
        switch self {
        case .notAZip: return "zip.not-a-zip"
        case .truncated: return "zip.truncated"
        case .tooManyEntries: return "zip.too-many-entries"
        case .entryTooLarge: return "zip.entry-too-large"
        case .totalTooLarge: return "zip.total-too-large"
        case .bomb: return "zip.bomb"
        case .sizeMismatch: return "zip.size-mismatch"
        case .crcMismatch: return "zip.crc-mismatch"
        case .corruptData: return "zip.corrupt-data"
        case .unsupportedMethod: return "zip.unsupported-method"
        case .nestingTooDeep: return "zip.nesting-too-deep"
        case .bundleWithoutBase: return "bundle.no-base"
        case .unreadable: return "zip.unreadable"
        case .noApk: return "zip.no-apk"
        case .badEntryName: return "zip.bad-entry-name"
        case .localHeaderMismatch: return "zip.local-header-mismatch"
        }
    }

    public var description: String {
        switch self {
        case let .notAZip(a):
            return "\(a) is not a zip archive (no end-of-central-directory record)"
        case let .truncated(a, d):
            return "\(a) is truncated or its directory points outside the file: \(d)"
        case let .tooManyEntries(a, n, l):
            return "\(a) lists \(n) entries; the limit is \(l)"
        case let .entryTooLarge(a, e, s, l):
            return "\(a): entry \(e) inflates to at least \(s) bytes; the per-entry limit is \(l)"
        case let .totalTooLarge(u, l):
            return "the app's entries inflate to more than \(l) bytes in total (\(u) requested)"
        case let .bomb(a, e, c, i, r):
            return "\(a): entry \(e) is a zip bomb (\(c) compressed bytes inflate to \(i); ratio limit \(r))"
        case let .sizeMismatch(a, e, d, x):
            return "\(a): entry \(e) declares \(d) bytes but inflates to \(x)"
        case let .crcMismatch(a, e):
            return "\(a): entry \(e) fails its CRC-32 check"
        case let .corruptData(a, e, d):
            return "\(a): entry \(e) has corrupt compressed data (\(d))"
        case let .unsupportedMethod(a, e, m):
            return "\(a): entry \(e) uses compression method \(m), which Android cannot read either"
        case let .nestingTooDeep(a, d, l):
            return "\(a) nests archives \(d) deep; the limit is \(l)"
        case let .bundleWithoutBase(a, d):
            return "\(a) is an APK bundle without a base APK: \(d)"
        case let .unreadable(a, d):
            return "cannot read \(a): \(d)"
        case let .badEntryName(a, i, d):
            return "\(a): entry \(i) has an invalid name (\(d)); Android refuses such packages"
        case let .noApk(a):
            return "\(a) is a zip but neither an APK (no AndroidManifest.xml) nor a bundle of APKs"
        case let .localHeaderMismatch(a, e, d):
            return "\(a): the local header of \(e) disagrees with the central directory (\(d))"
        }
    }
}
