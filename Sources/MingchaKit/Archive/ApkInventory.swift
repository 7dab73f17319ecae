/// What an app's archives contain, from the central directories alone (nothing is inflated):
/// native libraries per ABI, assets, DEX files, nested archives. Entries of split APKs are named
/// `<split>!/<entry>` so evidence points at the right file.
public struct ApkInventory: Codable, Sendable, Equatable {
    public struct DexEntryInfo: Codable, Sendable, Hashable {
        public var name: String
        public var size: Int
    }

    /// ABI -> library file names (`lib/arm64-v8a/libfoo.so` -> "arm64-v8a": ["libfoo.so"]).
    public var nativeLibraries: [String: [String]] = [:]
    /// Files under `assets/`, full paths.
    public var assets: [String] = []
    /// `classes*.dex` at the root of each APK, with inflated sizes, in load order.
    public var dexFiles: [DexEntryInfo] = []
    /// Zips, APKs and JARs carried inside (plugins, hot-fix patches, hidden payloads).
    public var nestedArchives: [String] = []
    /// Files (not directories) across all archives, and their declared inflated total.
    public var entryCount = 0
    public var totalUncompressedBytes = 0
    /// Tolerated oddities reported by the zip reader, per archive.
    public var anomalies: [String] = []
    /// SHA-256 of the package file as given (set by `init(input:)`).
    public var sha256: String?

    public init(archives: [ZipArchive]) {
        var libs: [String: Set<String>] = [:]
        for (n, archive) in archives.enumerated() {
            let prefix = n == 0 ? "" : archive.name + "!/"
            for e in archive.entries where !e.isDirectory {
                entryCount += 1
                totalUncompressedBytes = totalUncompressedBytes.addingReportingOverflow(e.uncompressedSize).overflow
                    ? Int.max : totalUncompressedBytes + e.uncompressedSize
                let name = e.name
                if name.hasPrefix("lib/") {
                    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
                    if parts.count == 3, parts[2].hasSuffix(".so") {
                        libs[String(parts[1]), default: []].insert(String(parts[2]))
                    }
                } else if name.hasPrefix("assets/") {
                    assets.append(prefix + name)
                } else if name.hasPrefix("classes"), name.hasSuffix(".dex"), !name.contains("/") {
                    dexFiles.append(DexEntryInfo(name: prefix + name, size: e.uncompressedSize))
                }
                let lower = name.lowercased()
                if lower.hasSuffix(".apk") || lower.hasSuffix(".jar") || lower.hasSuffix(".zip") {
                    nestedArchives.append(prefix + name)
                }
            }
            anomalies += archive.anomalies.map { "\(archive.name): \($0)" }
        }
        nativeLibraries = libs.mapValues { $0.sorted() }
        assets.sort()
        nestedArchives.sort()
        dexFiles.sort { ApkInventory.dexOrder($0.name) < ApkInventory.dexOrder($1.name) }
    }

    /// Base and splits; the file's SHA-256 when it can be read.
    public init(input: ApkInput) {
        self.init(archives: input.archives)
        sha256 = try? Hashing.sha256Hex(fileAt: input.path)
    }

    /// classes.dex, classes2.dex, ... classes10.dex: the order Android loads them.
    private static func dexOrder(_ name: String) -> (String, Int, String) {
        let bang = name.range(of: "!/")
        let archive = bang.map { String(name[..<$0.lowerBound]) } ?? ""
        let file = bang.map { String(name[$0.upperBound...]) } ?? name
        let digits = file.dropFirst("classes".count).dropLast(".dex".count)
        return (archive, digits.isEmpty ? 1 : (Int(digits) ?? Int.max), file)
    }
}
