import Foundation

/// `Signatures/miniprogram-apis.json`: which mini-program APIs, open-types and components reach
/// which information, which must be declared, and the UI wording the scanners look for.
public struct MiniProgramAPICatalogue: Codable, Sendable {
    public struct API: Codable, Hashable, Sendable {
        public var name: String
        public var infoTypes: [InfoType]
        /// Must be listed in app.json `requiredPrivateInfos`.
        public var privateInfo: Bool?
        public var scope: String?
        public var background: Bool?
        public var phone: Bool?
    }
    public struct UIText: Codable, Sendable {
        public var impliedConsent: [String]
        public var agreement: [String]
        public var accounts: [String]
        public var accountDeletion: [String]
        public var personalisation: [String]
        public var withdrawConsent: [String]
        public var disagreeHandlers: [String]
    }

    public var version: String
    public var receivers: [String]
    public var apis: [API]
    public var openTypes: [API]
    public var components: [API]
    public var consentAPIs: [String]
    public var consentOpenTypes: [String]
    public var authorizeAPIs: [String]
    public var exitAPIs: [String]
    public var scopes: [String: [InfoType]]
    public var uiText: UIText
    public var policyFileHints: [String]

    public func api(_ name: String) -> API? { apis.first { $0.name == name } }

    public static func load(signatures: URL = MingchaPaths.signatures) throws -> MiniProgramAPICatalogue {
        let url = signatures.appendingPathComponent("miniprogram-apis.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw MiniProgramError.catalogueUnreadable(url.path) }
        do {
            return try JSONDecoder().decode(MiniProgramAPICatalogue.self, from: data)
        } catch {
            throw MiniProgramError.catalogueMalformed(url.path, String(describing: error))
        }
    }

    public static func standard() throws -> MiniProgramAPICatalogue { try cache.get { try load() } }
    private static let cache = OnceCache<MiniProgramAPICatalogue>()
}

public enum MiniProgramError: MingchaError {
    case catalogueUnreadable(String)
    case catalogueMalformed(String, String)
    case noPackages(String)
    case badConfig(String, String)
    public var code: String {
        switch self {
        case .catalogueUnreadable: return "miniprogram.catalogue-unreadable"
        case .catalogueMalformed: return "miniprogram.catalogue-malformed"
        case .noPackages: return "miniprogram.no-packages"
        case .badConfig: return "miniprogram.bad-config"
        }
    }
    public var description: String {
        switch self {
        case .catalogueUnreadable(let p): return "cannot read the mini-program API catalogue at \(p)"
        case let .catalogueMalformed(p, why): return "the mini-program API catalogue at \(p) is not valid: \(why)"
        case .noPackages(let p): return "\(p): no readable mini-program package (.wxapkg) or unpacked mini-program (app-config.json / app.json) in this folder"
        case let .badConfig(f, why): return "\(f) is not valid JSON: \(why)"
        }
    }
}
