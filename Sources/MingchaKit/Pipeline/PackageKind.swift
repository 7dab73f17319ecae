import Foundation

/// What an input path is, decided from its first and last bytes (never from the file name alone:
/// vendors rename files, and a renamed zip must still be read as a zip).
public enum PackageKind: String, Codable, Sendable {
    case apk            // a zip with AndroidManifest.xml
    case apkBundle      // .apks / .xapk: a zip of APKs
    case wxapkg         // plain mini-program package (0xBE ... 0xED)
    case wxapkgEncrypted // Windows-PC V1MMWX
    case wxapkgMacEncrypted // old macOS client: key not derivable offline
    case tpkg           // Douyin / ByteDance package
    case miniProgramDirectory // a folder of .wxapkg files of one appid
    case unknown

    public static func detect(path: String) throws -> PackageKind {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw PipelineError.notFound(path)
        }
        if isDir.boolValue { return .miniProgramDirectory }
        guard let fh = FileHandle(forReadingAtPath: path) else { throw PipelineError.unreadable(path) }
        defer { try? fh.close() }
        let head = [UInt8](fh.readData(ofLength: 32))
        if head.count >= 14, head[0] == 0xBE, head[13] == 0xED { return .wxapkg }
        if head.count >= 18, head[0] == 0xBE, head[17] == 0xED { return .wxapkg } // versioned header; parser reports it
        if head.starts(with: Array("V1MMWX".utf8)) { return .wxapkgEncrypted }
        if head.starts(with: Array("TPKG".utf8)) { return .tpkg }
        let size = (try? fh.seekToEnd()) ?? 0
        if size >= 23 {
            try? fh.seek(toOffset: size - 23)
            if [UInt8](fh.readData(ofLength: 23)) == Array("WAPkgEncryptedTagForMac".utf8) { return .wxapkgMacEncrypted }
        }
        // A zip may carry junk before its first local header (Android accepts it), so look for the
        // end-of-central-directory record rather than insisting on "PK" at offset 0.
        if head.starts(with: [0x50, 0x4B]) || hasEndOfCentralDirectory(fh, size: size) {
            let lower = path.lowercased()
            if lower.hasSuffix(".apks") || lower.hasSuffix(".xapk") || lower.hasSuffix(".apkm") { return .apkBundle }
            return .apk
        }
        if path.lowercased().hasSuffix(".wxapkg") { return .wxapkg } // let the parser say what is wrong
        return .unknown
    }

    private static func hasEndOfCentralDirectory(_ fh: FileHandle, size: UInt64) -> Bool {
        let tail = min(size, 65_557)
        guard tail >= 22 else { return false }
        try? fh.seek(toOffset: size - tail)
        let bytes = [UInt8](fh.readData(ofLength: Int(tail)))
        var i = bytes.count - 22
        while i >= 0 {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { return true }
            i -= 1
        }
        return false
    }
}

public enum PipelineError: MingchaError {
    case notFound(String)
    case unreadable(String)
    case unsupported(String, String)
    case timedOut(Double)

    public var code: String {
        switch self {
        case .notFound: return "input.not-found"
        case .unreadable: return "input.unreadable"
        case .unsupported: return "input.unsupported"
        case .timedOut: return "scan.timeout"
        }
    }

    public var description: String {
        switch self {
        case .notFound(let p): return "no such file or folder: \(p)"
        case .unreadable(let p): return "cannot read \(p)"
        case let .unsupported(p, why): return "\(p) is not a package Mingcha can read: \(why)"
        case .timedOut(let s): return "the scan took longer than the \(Int(s)) s limit for one app"
        }
    }
}
