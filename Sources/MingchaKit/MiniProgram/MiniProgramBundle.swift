import Foundation

/// One mini-program as scanned: all packages of one appid (main, sub-packages, plugins), each
/// with its role, or one unpacked source folder. Packages that cannot be read become problems so
/// the rest of the app is still judged.
public struct MiniProgramBundle: Sendable {
    public enum Role: String, Codable, Sendable { case main, subpackage, independent, plugin, framework }

    public struct Package: Sendable {
        public var label: String
        public var role: Role
        public var form: String
        /// Path inside the package (no leading "/") -> bytes.
        public var files: [String: ArraySlice<UInt8>]
        public var names: [String] { files.keys.sorted() }
        public func text(_ name: String) -> String? { files[name].map { String(decoding: $0, as: UTF8.self) } }
    }

    public var appid: String?
    public var packages: [Package]
    public var problems: [ScanProblem]
    public var notes: [String]

    /// Packages that carry the app's own code (the base library is skipped).
    public var codePackages: [Package] { packages.filter { $0.role != .framework } }
    public var main: Package? { packages.first { $0.role == .main } }

    static let packageSuffixes = [".wxapkg", ".pkg", ".ttpkg"]
    static let maxFolderFiles = 20_000
    static let maxFolderDepth = 8

    public static func open(path: String, kind: PackageKind, options: ScanOptions) throws -> MiniProgramBundle {
        let limits = options.limits
        if kind != .miniProgramDirectory {
            let loaded = try WxapkgLoader.load(path: path, appid: options.appid, limits: limits)
            let pkg = package(loaded.package, form: loaded.form.rawValue)
            var b = MiniProgramBundle(appid: options.appid ?? loaded.appid ?? WxapkgAppID.fromPath(path), packages: [pkg], problems: [], notes: [])
            b.classify()
            return b
        }
        let files = try listFiles(path)
        let packageFiles = files.filter { f in packageSuffixes.contains { f.lowercased().hasSuffix($0) } }
        if packageFiles.isEmpty {
            return try unpacked(path, files: files, options: options)
        }
        var b = MiniProgramBundle(appid: options.appid ?? WxapkgAppID.fromPath(path), packages: [], problems: [], notes: [])
        var firstError: Error?
        var used = 0
        for rel in packageFiles {
            let full = (path as NSString).appendingPathComponent(rel)
            do {
                // A package under its own appid folder (a plugin) is keyed by that appid.
                let id = WxapkgAppID.fromPath(rel) ?? options.appid ?? WxapkgAppID.fromPath(full)
                let loaded = try WxapkgLoader.load(path: full, appid: id, limits: limits)
                used += loaded.package.bytes.count
                guard used <= limits.maxTotalBytes else {
                    throw WxapkgError.fileTooLarge(rel, size: used, limit: limits.maxTotalBytes)
                }
                var p = package(loaded.package, form: loaded.form.rawValue)
                p.label = rel
                b.packages.append(p)
                if b.appid == nil { b.appid = loaded.appid }
            } catch {
                firstError = firstError ?? error
                b.problems.append(ScanProblem(error))
            }
        }
        if b.packages.isEmpty { throw firstError ?? MiniProgramError.noPackages(path) }
        b.classify()
        return b
    }

    static func package(_ w: Wxapkg, form: String) -> Package {
        var files: [String: ArraySlice<UInt8>] = [:]
        for e in w.entries { files[String(e.name.drop { $0 == "/" })] = w.data(e) }
        return Package(label: w.label, role: .subpackage, form: form, files: files)
    }

    /// A folder of unpacked sources (app-config.json or app.json at its root).
    static func unpacked(_ path: String, files: [String], options: ScanOptions) throws -> MiniProgramBundle {
        guard files.contains("app-config.json") || files.contains("app.json") || files.contains("game.json") else {
            throw MiniProgramError.noPackages(path)
        }
        var map: [String: ArraySlice<UInt8>] = [:]
        var used = 0
        for rel in files {
            let full = (path as NSString).appendingPathComponent(rel)
            guard let data = FileManager.default.contents(atPath: full) else { continue }
            guard data.count <= options.limits.maxEntryBytes else {
                throw WxapkgError.entryTooLarge(path, name: rel, size: data.count, limit: options.limits.maxEntryBytes)
            }
            used += data.count
            guard used <= options.limits.maxTotalBytes else { throw WxapkgError.fileTooLarge(path, size: used, limit: options.limits.maxTotalBytes) }
            map[rel] = ArraySlice([UInt8](data))
        }
        let pkg = Package(label: URL(fileURLWithPath: path).lastPathComponent, role: .main, form: "unpacked", files: map)
        return MiniProgramBundle(appid: options.appid ?? WxapkgAppID.fromPath(path), packages: [pkg], problems: [],
                                 notes: ["unpacked source folder: read as the main package"])
    }

    /// Regular files under a folder, relative, sorted; bounded in count and depth, symlinks not followed.
    static func listFiles(_ root: String) throws -> [String] {
        let fm = FileManager.default
        guard let en = fm.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                     options: [.skipsHiddenFiles]) else { throw PipelineError.unreadable(root) }
        var out: [String] = []
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        for case let url as URL in en {
            if en.level > maxFolderDepth { en.skipDescendants(); continue }
            let v = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard v?.isRegularFile == true, v?.isSymbolicLink != true else { continue }
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(base) { rel = String(rel.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
            out.append(rel)
            if out.count > maxFolderFiles { break }
        }
        return out.sorted()
    }

    /// Base library (every file `WA*`), plugins (`plugin.json`, `definePlugin`, plugin-code names),
    /// the main package (app-config.json; `__APP__` wins when several have one), sub-packages.
    mutating func classify() {
        for i in packages.indices {
            let p = packages[i]
            let names = p.names
            let bases = names.map { ($0 as NSString).lastPathComponent }
            if !bases.isEmpty, bases.allSatisfy({ $0.hasPrefix("WA") }) {
                packages[i].role = .framework
            } else if names.contains("plugin.json") || p.label.uppercased().contains("PLUGINCODE")
                        || names.contains(where: { $0.hasSuffix(".js") && (p.text($0)?.hasPrefix("definePlugin(") ?? false) }) {
                packages[i].role = .plugin
            } else if names.contains("app-config.json") || names.contains("app.json") || names.contains("game.json") {
                packages[i].role = .independent
            }
        }
        let mains = packages.indices.filter { packages[$0].role == .independent }
        if let m = mains.first(where: { packages[$0].label.contains("__APP__") }) ?? mains.first {
            packages[m].role = .main
        }
        for p in packages where p.role == .framework { notes.append("\(p.label): WeChat base library, skipped") }
    }
}
