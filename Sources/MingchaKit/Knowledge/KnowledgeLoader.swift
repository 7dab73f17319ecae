import Foundation

/// Reads the files of `Signatures/` (vocabulary, permissions, APIs, SDKs) and hashes them.
struct KnowledgeLoader {
    var vocabulary: [FactsVocabulary.Entry] = []
    var permissions: [PermissionInfo] = []
    var apis: [SensitiveAPI] = []
    var contentURIs: [ContentURIType] = []
    var sdkCategories: [SDKCategory] = []
    var sdkFiles: [SDKCatalogue.File] = []
    var sdks: SDKCatalogue
    var hash: String

    static let sdkFolder = "sdks"

    init(root: URL) throws {
        let digest = Hashing.Digest()
        func read(_ rel: String) throws -> KnowledgeFile {
            let f = try KnowledgeFile(url: root.appendingPathComponent(rel))
            Array(rel.utf8).withUnsafeBytes { digest.update($0) }
            f.data.withUnsafeBytes { digest.update($0) }
            return f
        }
        vocabulary = try read("vocabulary.json").list("types", as: FactsVocabulary.Entry.self)
        permissions = try read("permissions.json").list("permissions", as: PermissionInfo.FileEntry.self).map(\.info)
        let apiFile = try read("apis.json")
        if let body = apiFile.decoded(APIFile.self) {
            apis = body.apis; contentURIs = body.contentURIs ?? []
        } else {
            apis = try apiFile.list("apis", as: SensitiveAPI.self)
            contentURIs = try apiFile.list("contentURIs", as: ContentURIType.self, optional: true)
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("sdk-categories.json").path) {
            sdkCategories = try read("sdk-categories.json").list("categories", as: SDKCategory.self)
        }
        for rel in try Self.sdkFileNames(root: root) {
            // The largest files (~1 000 entries), read field by field rather than through JSONDecoder.
            let f = try read(rel)
            let doc = try f.document()
            let source = doc["source"]?.string ?? (rel as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
            sdkFiles.append(SDKCatalogue.File(name: rel, source: source, priority: doc["priority"]?.int ?? 0,
                                              sdks: try f.entries(doc, "sdks", SDKSignature.init(json:))))
        }
        sdks = SDKCatalogue(files: sdkFiles)
        hash = String(Hashing.hex(digest.finish()).prefix(12))
    }

    /// A file with more than one key, decoded in one pass (see `KnowledgeFile.decoded`).
    struct APIFile: Decodable { var apis: [SensitiveAPI]; var contentURIs: [ContentURIType]? }

    /// `sdks/*.json`, sorted; an absent folder is no SDKs.
    static func sdkFileNames(root: URL) throws -> [String] {
        let dir = root.appendingPathComponent(sdkFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { sdkFolder + "/" + $0 }
    }
}
