import Foundation

/// Reads one package file in any of its forms: plain wxapkg, PC-encrypted V1MMWX (decrypted with
/// the given appid or the one in the path), Douyin TPKG. The old-Mac-encrypted form and the
/// versioned header are recognised and reported as typed errors.
public enum WxapkgLoader {
    public enum Form: String, Codable, Sendable { case plain, pcEncrypted, tpkg }

    public struct Loaded: Sendable {
        public var package: Wxapkg
        public var form: Form
        /// The appid used to decrypt (V1MMWX only).
        public var appid: String?
    }

    static let macTag = Array("WAPkgEncryptedTagForMac".utf8)

    public static func load(path: String, appid: String?, limits: ScanLimits) throws -> Loaded {
        let label = URL(fileURLWithPath: path).lastPathComponent
        let attrs = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attrs?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.maxEntryBytes else { throw WxapkgError.fileTooLarge(label, size: size, limit: limits.maxEntryBytes) }
        guard let data = FileManager.default.contents(atPath: path) else { throw WxapkgError.unreadable(path) }
        return try load(bytes: [UInt8](data), label: label, path: path, appid: appid, limits: limits)
    }

    public static func load(bytes: [UInt8], label: String, path: String, appid: String?, limits: ScanLimits) throws -> Loaded {
        if WxapkgDecryptor.isEncrypted(bytes) {
            guard let id = appid ?? WxapkgAppID.fromPath(path) else { throw WxapkgError.appidNeeded(label) }
            let plain = try WxapkgDecryptor.decrypt(bytes, appid: id, label: label)
            return Loaded(package: try Wxapkg(bytes: plain, label: label, limits: limits), form: .pcEncrypted, appid: id)
        }
        if bytes.starts(with: Wxapkg.tpkgMagic) {
            return Loaded(package: try Wxapkg.tpkg(bytes: bytes, label: label, limits: limits), form: .tpkg, appid: nil)
        }
        if bytes.count >= macTag.count, Array(bytes.suffix(macTag.count)) == macTag { throw WxapkgError.macEncrypted(label) }
        return Loaded(package: try Wxapkg(bytes: bytes, label: label, limits: limits), form: .plain, appid: nil)
    }
}
