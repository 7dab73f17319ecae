import Foundation

/// The identity of a package for result keys: the file's SHA-256, or for a mini-program folder
/// the digest of its sorted file names and hashes. An unreadable path gets a digest of its name,
/// so it still has a stable key (and an error record).
public struct PackageDigest: Sendable, Equatable {
    public var hex: String
    public var isFile: Bool
    public var size: Int

    public static func of(_ path: String) -> PackageDigest {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard !path.isEmpty, fm.fileExists(atPath: path, isDirectory: &isDir) else {
            return PackageDigest(hex: Hashing.sha256Hex(Array(("missing\u{1F}" + path).utf8)), isFile: false, size: 0)
        }
        if !isDir.boolValue {
            let size = ((try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            if let h = try? Hashing.sha256Hex(fileAt: path) { return PackageDigest(hex: h, isFile: true, size: size) }
            return PackageDigest(hex: Hashing.sha256Hex(Array(("unreadable\u{1F}" + path).utf8)), isFile: false, size: size)
        }
        var text = ""
        for n in ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted() where !n.hasPrefix(".") {
            let full = (path as NSString).appendingPathComponent(n)
            var sub: ObjCBool = false
            if fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { continue }
            text += n + "\t" + ((try? Hashing.sha256Hex(fileAt: full)) ?? "unreadable") + "\n"
        }
        return PackageDigest(hex: Hashing.sha256Hex(Array(("dir\u{1F}" + text).utf8)), isFile: false, size: 0)
    }
}
