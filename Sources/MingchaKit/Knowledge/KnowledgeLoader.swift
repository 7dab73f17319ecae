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
        // Every file through our JSON reader (see JSONDocument for why not JSONDecoder).
        vocabulary = try read("vocabulary.json").entries("types", FactsVocabulary.Entry.init(json:))
        permissions = try read("permissions.json").entries("permissions", PermissionInfo.init(json:))
        let apiFile = try read("apis.json")
        apis = try apiFile.entries("apis", SensitiveAPI.init(json:))
        contentURIs = try apiFile.entries("contentURIs", optional: true, ContentURIType.init(json:))
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("sdk-categories.json").path) {
            sdkCategories = try read("sdk-categories.json").entries("categories", SDKCategory.init(json:))
        }
        for rel in try Self.sdkFileNames(root: root) {
            let f = try read(rel)
            let source = f.root["source"]?.string ?? (rel as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
            sdkFiles.append(SDKCatalogue.File(name: rel, source: source, priority: f.root["priority"]?.int ?? 0,
                                              sdks: try f.entries("sdks", SDKSignature.init(json:))))
        }
        sdks = SDKCatalogue(files: sdkFiles)
        hash = String(Hashing.hex(digest.finish()).prefix(12))
    }

    /// `sdks/*.json`, sorted; an absent folder is no SDKs.
    static func sdkFileNames(root: URL) throws -> [String] {
        let dir = root.appendingPathComponent(sdkFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { sdkFolder + "/" + $0 }
    }
}
