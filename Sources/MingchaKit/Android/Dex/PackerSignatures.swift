import Foundation

/// One packer's fingerprints, as written in `Signatures/packers.json` (see the comment there).
public struct PackerSignature: Codable, Sendable, Hashable {
    public var id: String
    public var nameZh: String
    public var nameEn: String
    public var vendor: String?
    public var stubClasses: [String]?
    public var classPrefixes: [String]?
    public var nativeLibs: [String]?
    public var weakNativeLibs: [String]?
    public var assets: [String]?
    public var weakAssets: [String]?
    public var note: String?
}

/// The packer knowledge base.
public struct PackerSignatures: Codable, Sendable {
    public var version: String
    public var packers: [PackerSignature]

    public static func load(from url: URL) throws -> PackerSignatures {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw PackerSignatureError.unreadable(url.path) }
        let sigs: PackerSignatures
        do { sigs = try JSONDecoder().decode(PackerSignatures.self, from: data) } catch {
            throw PackerSignatureError.invalid("\(url.lastPathComponent): \(error)")
        }
        var seen = Set<String>()
        for p in sigs.packers {
            guard seen.insert(p.id).inserted else { throw PackerSignatureError.invalid("duplicate packer id \(p.id)") }
            let patterns = (p.stubClasses ?? []) + (p.classPrefixes ?? []) + (p.nativeLibs ?? []) + (p.weakNativeLibs ?? [])
                + (p.assets ?? []) + (p.weakAssets ?? [])
            guard !patterns.isEmpty else { throw PackerSignatureError.invalid("packer \(p.id) has no fingerprints") }
            guard !patterns.contains(where: { $0.isEmpty || $0 == "*" }) else {
                throw PackerSignatureError.invalid("packer \(p.id) has a pattern that matches everything")
            }
        }
        return sigs
    }

    /// `packers.json` from the knowledge base folder (`MingchaPaths.signatures`).
    public static func standard() throws -> PackerSignatures {
        try load(from: MingchaPaths.signatures.appendingPathComponent("packers.json"))
    }
}

public enum PackerSignatureError: MingchaError {
    case unreadable(String)
    case invalid(String)
    public var code: String {
        switch self {
        case .unreadable: return "signatures.unreadable"
        case .invalid: return "signatures.invalid"
        }
    }
    public var description: String {
        switch self {
        case .unreadable(let p): return "cannot read packer signatures at \(p)"
        case .invalid(let why): return "packer signatures are invalid: \(why)"
        }
    }
}
