import Foundation

/// The declarations of `app-config.json` (compiled) or `app.json` / `game.json` (source) that
/// privacy rules need. Keys that are absent stay nil/empty; a wrong shape is ignored, not fatal.
public struct AppConfig: Codable, Hashable, Sendable {
    public struct Plugin: Codable, Hashable, Sendable {
        public var alias: String
        public var provider: String
        public var version: String?
        /// The sub-package root the plugin belongs to, when declared there.
        public var subpackage: String?
    }
    public struct SubPackage: Codable, Hashable, Sendable {
        public var root: String
        public var pages: [String]
        public var independent: Bool
    }

    /// The file it was read from.
    public var file: String
    public var pages: [String] = []
    /// The first page (entryPagePath without `.html`, else the first of `pages`).
    public var entryPage: String?
    /// `permission` scope -> desc ("" when the key exists without a desc).
    public var permissionDescs: [String: String] = [:]
    /// nil when the key is absent.
    public var requiredPrivateInfos: [String]?
    public var usePrivacyCheck: Bool?
    public var plugins: [Plugin] = []
    public var backgroundModes: [String] = []
    public var subPackages: [SubPackage] = []
    public var title: String?

    public static func parse(_ bytes: ArraySlice<UInt8>, file: String) throws -> AppConfig {
        let obj: Any
        do {
            obj = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw MiniProgramError.badConfig(file, (error as NSError).localizedDescription)
        }
        guard let root = obj as? [String: Any] else { throw MiniProgramError.badConfig(file, "the top level is not an object") }
        var c = AppConfig(file: file)
        c.pages = (root["pages"] as? [Any])?.compactMap { $0 as? String } ?? []
        if let e = root["entryPagePath"] as? String { c.entryPage = Self.pagePath(e) }
        c.entryPage = c.entryPage ?? c.pages.first.map(Self.pagePath)
        if let perm = root["permission"] as? [String: Any] {
            for (k, v) in perm { c.permissionDescs[k] = ((v as? [String: Any])?["desc"] as? String) ?? "" }
        }
        // Third-party-platform template apps may declare them in ext.json, compiled under `ext`.
        let ext = root["ext"] as? [String: Any]
        if let infos = (root["requiredPrivateInfos"] ?? ext?["requiredPrivateInfos"]) as? [Any] {
            c.requiredPrivateInfos = infos.compactMap { $0 as? String }
        }
        c.usePrivacyCheck = (root["__usePrivacyCheck__"] as? Bool) ?? (root["usePrivacyCheck"] as? Bool)
        c.plugins = Self.plugins(root["plugins"], subpackage: nil)
        c.backgroundModes = (root["requiredBackgroundModes"] as? [Any])?.compactMap { $0 as? String } ?? []
        for sp in ((root["subPackages"] ?? root["subpackages"]) as? [Any] ?? []) {
            guard let d = sp as? [String: Any], let r = d["root"] as? String else { continue }
            c.subPackages.append(SubPackage(root: r, pages: (d["pages"] as? [Any])?.compactMap { $0 as? String } ?? [],
                                            independent: d["independent"] as? Bool ?? false))
            c.plugins += Self.plugins(d["plugins"], subpackage: r)
        }
        let window = ((root["global"] as? [String: Any])?["window"] ?? root["window"]) as? [String: Any]
        c.title = window?["navigationBarTitleText"] as? String
        return c
    }

    static func plugins(_ any: Any?, subpackage: String?) -> [Plugin] {
        guard let d = any as? [String: Any] else { return [] }
        return d.keys.sorted().compactMap { alias in
            guard let p = d[alias] as? [String: Any], let provider = p["provider"] as? String else { return nil }
            return Plugin(alias: alias, provider: provider, version: p["version"] as? String, subpackage: subpackage ?? p["subpackage"] as? String)
        }
    }

    /// "pages/index/index.html" and "/pages/index/index" -> "pages/index/index".
    public static func pagePath(_ s: String) -> String {
        var p = s
        while p.hasPrefix("/") { p.removeFirst() }
        for ext in [".html", ".wxml", ".js"] where p.hasSuffix(ext) { p.removeLast(ext.count) }
        return p
    }
}
