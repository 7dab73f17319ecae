/// What an APK is, as parsed (not judged): the manifest model, signing certificates, what the
/// archive holds and how much code was read. Part of the per-app JSON so a tester can check a
/// finding against the package itself, and so other tools can reuse the parse.
public struct AndroidPackage: Codable, Sendable {
    public var manifest: AndroidManifest
    public var signing: SigningInfo
    public var inventory: ApkInventory
    /// nil when no DEX could be read.
    public var code: CodeSummary?

    public struct CodeSummary: Codable, Sendable, Hashable {
        /// `classes.dex`, `classes2.dex`, ... in Android's load order (split APKs prefixed).
        public var dexFiles: [String]
        public var classes: Int
        public var methods: Int
        public var fields: Int
        public var invokes: Int
        public var constStrings: Int
        public var duplicateClasses: Int
        public var partial: Bool

        public init(_ index: DexIndex) {
            dexFiles = index.dexFiles; classes = index.classes.count; methods = index.methodCount
            fields = index.fieldCount; invokes = index.calls.count; constStrings = index.constStrings.count
            duplicateClasses = index.duplicateClasses.count; partial = index.isPartial
        }
    }

    public init(manifest: AndroidManifest, signing: SigningInfo, inventory: ApkInventory, code: CodeSummary?) {
        self.manifest = manifest; self.signing = signing; self.inventory = inventory; self.code = code
    }
}
