import Foundation

/// One Android app as given: a plain APK, or an .apks / .xapk bundle (a zip of a base APK and
/// split APKs) opened as one app with one inflate budget.
public struct ApkInput {
    public let path: String
    /// "apk", "apks" or "xapk".
    public let kind: String
    public let base: ZipArchive
    public let splits: [ZipArchive]
    /// The bundle zip itself (nil for a plain APK).
    public let container: ZipArchive?
    /// The package name the xapk's manifest.json declares.
    public let declaredPackage: String?

    /// Every APK of the app, base first.
    public var archives: [ZipArchive] { [base] + splits }

    /// Whether the bytes every entry declares fit in what is left of the app's inflate budget
    /// (entries cannot inflate to more than they declare). Only then may entries be read ahead
    /// on another thread: otherwise the order of reads decides which entry runs out.
    var budgetHoldsEveryEntry: Bool {
        var left = base.budget.limit - base.budget.consumed
        for archive in archives {
            for e in archive.entries {
                left -= e.uncompressedSize
                if left < 0 { return false }
            }
        }
        return true
    }

    public static func open(path: String, limits: ScanLimits, budget: InflateBudget) throws -> ApkInput {
        let outer = try ZipArchive(path: path, limits: limits, budget: budget)
        if outer.entry("AndroidManifest.xml") != nil {
            return ApkInput(path: path, kind: "apk", base: outer, splits: [], container: nil, declaredPackage: nil)
        }
        let apkEntries = outer.entries.filter { !$0.isDirectory && $0.name.lowercased().hasSuffix(".apk") }
        guard !apkEntries.isEmpty else { throw ZipError.noApk(outer.name) }
        // The bundle is level 1, the APKs inside it level 2.
        guard limits.maxNesting >= 2 else { throw ZipError.nestingTooDeep(outer.name, depth: 2, limit: limits.maxNesting) }

        let xapk = BundleManifest.read(outer)
        let kind = (xapk != nil || path.lowercased().hasSuffix(".xapk")) ? "xapk" : "apks"
        var apks: [(entry: ZipEntry, archive: ZipArchive)] = []
        for e in apkEntries {
            let inner = try ZipArchive(bytes: try outer.read(e), name: e.name, limits: limits, budget: budget)
            if inner.entry("AndroidManifest.xml") == nil {
                if inner.entries.contains(where: { $0.name.lowercased().hasSuffix(".apk") }) {
                    throw ZipError.nestingTooDeep(outer.name, depth: 3, limit: limits.maxNesting)
                }
                continue   // a zip named .apk that is no APK: not part of the app
            }
            apks.append((e, inner))
        }
        guard !apks.isEmpty else { throw ZipError.bundleWithoutBase(outer.name, detail: "no entry is an APK") }

        let baseIndex = try chooseBase(apks.map { ($0.entry.name, $0.archive) }, xapk: xapk, bundle: outer.name, limits: limits)
        var splits = apks.map(\.archive)
        let base = splits.remove(at: baseIndex)
        return ApkInput(path: path, kind: kind, base: base, splits: splits, container: outer,
                        declaredPackage: xapk?.packageName)
    }

    /// The base is the APK whose manifest has no `split` attribute. Names (manifest.json's base
    /// split, `<package>.apk`, `base.apk`, bundletool's `base-master.apk`) pick among candidates
    /// first; the manifest decides.
    static func chooseBase(_ apks: [(name: String, archive: ZipArchive)], xapk: BundleManifest?,
                           bundle: String, limits: ScanLimits) throws -> Int {
        func isBase(_ a: ZipArchive) -> Bool? {
            guard let bytes = try? a.read("AndroidManifest.xml"),
                  let attrs = ManifestRootProbe.rootAttributes(bytes, limits: limits) else { return nil }
            return attrs["split"] == nil
        }
        var preferred: [String] = []
        if let x = xapk {
            if let f = x.baseFile { preferred.append(f) }
            if let p = x.packageName { preferred.append(p + ".apk") }
        }
        preferred += ["base.apk", "base-master.apk", "universal.apk"]
        for want in preferred {
            if let i = apks.firstIndex(where: { $0.name == want || ($0.name as NSString).lastPathComponent == want }),
               isBase(apks[i].archive) != false {
                return i
            }
        }
        if let i = apks.firstIndex(where: { isBase($0.archive) == true }) { return i }
        throw ZipError.bundleWithoutBase(bundle, detail: "every APK inside is a split: \(apks.map(\.name).joined(separator: ", "))")
    }
}

/// The xapk `manifest.json`: package name and which file is the base split.
struct BundleManifest {
    let packageName: String?
    let baseFile: String?

    static func read(_ archive: ZipArchive) -> BundleManifest? {
        guard let entry = archive.entry("manifest.json"), entry.uncompressedSize <= 1 << 20,
              let bytes = try? archive.read(entry),
              let json = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        let package = json["package_name"] as? String
        var baseFile: String?
        if let splits = json["split_apks"] as? [[String: Any]] {
            baseFile = splits.first(where: { ($0["id"] as? String) == "base" })?["file"] as? String
        }
        return BundleManifest(packageName: package, baseFile: baseFile)
    }
}
