/// Why a mini-program package could not be read. Every case names the file and what was wrong,
/// so a tester can open the bytes at the offset given.
public enum WxapkgError: MingchaError, Equatable {
    case truncated(String, size: Int)
    case badMark(String, offset: Int, found: UInt8, expected: UInt8)
    case versionedHeader(String, version: UInt32)
    case badIndexLength(String, indexLength: Int, fileSize: Int)
    case badBodyLength(String, indexLength: Int, bodyLength: Int, fileSize: Int)
    case tooManyEntries(String, count: Int, limit: Int)
    case badNameLength(String, entry: Int, length: Int)
    case badName(String, entry: Int, detail: String)
    case pathTraversal(String, name: String)
    case duplicateName(String, name: String)
    case entryOutOfBounds(String, name: String, offset: Int, size: Int, fileSize: Int)
    case entryTooLarge(String, name: String, size: Int, limit: Int)
    case overlappingEntries(String, first: String, second: String)
    case indexMismatch(String, cursor: Int, indexEnd: Int)
    case fileTooLarge(String, size: Int, limit: Int)
    case appidNeeded(String)
    case badAppid(String, appid: String)
    case wrongAppid(String, appid: String)
    case encryptedTruncated(String, size: Int)
    case crypto(String, detail: String)
    case macEncrypted(String)
    case unreadable(String)
    case notAPackage(String, detail: String)

    public var code: String {
        switch self {
        case .truncated: return "wxapkg.truncated"
        case .badMark: return "wxapkg.bad-mark"
        case .versionedHeader: return "wxapkg.versioned-header"
        case .badIndexLength: return "wxapkg.bad-index-length"
        case .badBodyLength: return "wxapkg.bad-body-length"
        case .tooManyEntries: return "wxapkg.too-many-entries"
        case .badNameLength: return "wxapkg.bad-name-length"
        case .badName: return "wxapkg.bad-name"
        case .pathTraversal: return "wxapkg.path-traversal"
        case .duplicateName: return "wxapkg.duplicate-name"
        case .entryOutOfBounds: return "wxapkg.entry-out-of-bounds"
        case .entryTooLarge: return "wxapkg.entry-too-large"
        case .overlappingEntries: return "wxapkg.overlapping-entries"
        case .indexMismatch: return "wxapkg.index-mismatch"
        case .fileTooLarge: return "wxapkg.file-too-large"
        case .appidNeeded: return "wxapkg.appid-needed"
        case .badAppid: return "wxapkg.bad-appid"
        case .wrongAppid: return "wxapkg.wrong-appid"
        case .encryptedTruncated: return "wxapkg.encrypted-truncated"
        case .crypto: return "wxapkg.crypto"
        case .macEncrypted: return "wxapkg.mac-encrypted"
        case .unreadable: return "wxapkg.unreadable"
        case .notAPackage: return "wxapkg.not-a-package"
        }
    }

    public var description: String {
        switch self {
        case let .truncated(f, size): return "\(f): only \(size) bytes, shorter than the 14-byte wxapkg header plus an index"
        case let .badMark(f, off, found, exp):
            return "\(f): byte \(off) is 0x\(String(found, radix: 16, uppercase: true)), a wxapkg has 0x\(String(exp, radix: 16, uppercase: true)) there"
        case let .versionedHeader(f, v):
            return "\(f): versioned (\"mixed\") wxapkg header, version \(v), with per-file encryption flags; no public format description exists, so it is reported, not read"
        case let .badIndexLength(f, il, fs): return "\(f): index length \(il) does not fit a file of \(fs) bytes (must be 4...size-14)"
        case let .badBodyLength(f, il, bl, fs): return "\(f): header says 14 + index \(il) + body \(bl) bytes, but the file has \(fs)"
        case let .tooManyEntries(f, c, l): return "\(f): index claims \(c) files (limit \(l), or more than the index can hold)"
        case let .badNameLength(f, e, l): return "\(f): file \(e) of the index has a name of \(l) bytes (allowed 1...1024)"
        case let .badName(f, e, d): return "\(f): file \(e) of the index has an unusable name: \(d)"
        case let .pathTraversal(f, n): return "\(f): file name \"\(n)\" leaves the package folder (.., backslash or NUL)"
        case let .duplicateName(f, n): return "\(f): the index lists \"\(n)\" twice"
        case let .entryOutOfBounds(f, n, o, s, fs): return "\(f): \"\(n)\" claims bytes \(o)..<\(o + s), outside the data region of a \(fs)-byte file"
        case let .entryTooLarge(f, n, s, l): return "\(f): \"\(n)\" is \(s) bytes, above the per-file limit of \(l)"
        case let .overlappingEntries(f, a, b): return "\(f): \"\(a)\" and \"\(b)\" share bytes (overlapping entries)"
        case let .indexMismatch(f, c, e): return "\(f): the index entries end at byte \(c), but the header says the index ends at \(e)"
        case let .fileTooLarge(f, s, l): return "\(f): \(s) bytes, above the package limit of \(l)"
        case let .appidNeeded(f):
            return "\(f): PC-encrypted (V1MMWX) package; its key is the mini-program's appid: pass --appid wx… or keep the package under a folder named after the appid"
        case let .badAppid(f, a): return "\(f): \"\(a)\" is not a mini-program appid (wx followed by 16 hex digits)"
        case let .wrongAppid(f, a): return "\(f): decrypting with appid \(a) does not give a wxapkg (no 0xBE/0xED marks): the appid is wrong for this package"
        case let .encryptedTruncated(f, s): return "\(f): V1MMWX package of \(s) bytes, shorter than its 1030-byte encrypted head"
        case let .crypto(f, d): return "\(f): OpenSSL failed: \(d)"
        case let .macEncrypted(f): return "\(f): encrypted by the old macOS WeChat client with a per-account key that cannot be derived offline"
        case let .unreadable(f): return "cannot read \(f)"
        case let .notAPackage(f, d): return "\(f): not a mini-program package: \(d)"
        }
    }
}
