/// The manifest, its element tree and the resource table of one APK, read from its zip.
public struct ApkManifestContents: Sendable {
    public var manifest: AndroidManifest
    public var document: XMLDocument
    /// Nil when the APK has no resources.arsc or it could not be read (see `resourceError`).
    public var resources: ResourceTable?
    /// Why resources.arsc was not usable (labels and references then stay unresolved).
    public var resourceError: String?
}

public enum ApkManifestLoader {
    /// Reads AndroidManifest.xml (required) and resources.arsc (optional) from `zip`.
    /// A broken resource table does not stop the manifest from being read.
    public static func load(_ zip: ZipArchive, limits: ScanLimits) throws -> ApkManifestContents {
        guard let bytes = try zip.read("AndroidManifest.xml") else { throw ManifestError.missing }
        let doc = try AXML.parse(bytes, limits: limits)
        var table: ResourceTable?
        var problem: String?
        do {
            if let arsc = try zip.read("resources.arsc") { table = try ResourceTable.parse(arsc, limits: limits) }
        } catch {
            problem = "\(error)"
        }
        let manifest = try AndroidManifest(document: doc, resources: table)
        return ApkManifestContents(manifest: manifest, document: doc, resources: table, resourceError: problem)
    }

    /// Layouts of the APK, read through the same archive.
    public static func layouts(_ zip: ZipArchive, table: ResourceTable, limits: ScanLimits) -> (layouts: [LayoutFile], failures: [LayoutFailure]) {
        Layouts.load(table: table, limits: limits) { path in (try? zip.read(path)) ?? nil }
    }
}
