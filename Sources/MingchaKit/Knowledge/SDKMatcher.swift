/// Finds the SDKs of the knowledge base in what a package contains.
///
/// Contract used by the platform scans: keep these names and signatures; add freely.
public struct SDKMatcher: Sendable {
    public let sdks: [SDKSignature]
    public init(sdks: [SDKSignature]) { self.sdks = sdks }

    /// Everything a package shows that can name an SDK.
    public struct Input: Sendable {
        /// Class descriptors in smali form (`Lcom/umeng/analytics/MobclickAgent;`).
        public var classDescriptors: [String] = []
        public var nativeLibs: [String] = []
        /// Manifest component class names, dotted.
        public var manifestComponents: [String] = []
        public var assets: [String] = []
        public var metaDataKeys: [String] = []
        /// Mini-program: bundled JS file paths and plugin ids.
        public var jsFiles: [String] = []
        public var plugins: [String] = []
        public init() {}
    }

    public struct Match: Sendable {
        public var sdk: SDKSignature
        public var evidence: [Evidence]
    }

    /// One match per SDK found, the longest prefix winning when prefixes nest.
    public func match(_ input: Input) -> [Match] { [] }
}
