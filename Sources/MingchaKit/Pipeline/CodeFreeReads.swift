/// What an Android scan reads that needs no code: the signing block, the layouts and the text the
/// app shows. It runs on the second core while the code is indexed (`start`), or in place when
/// the inflate budget might not hold every entry (the order of reads then decides which one fails).
struct CodeFreeReads {
    var signing: SigningInfo
    var layouts: [LayoutFile] = []
    var layoutFailures: [LayoutFailure] = []
    var text: UIText

    static func read(path: String, base: ZipArchive, resources: ResourceTable?, limits: ScanLimits) -> CodeFreeReads {
        let signing = ApkSigning.read(path: path, archive: base)   // first, as the scan read it before
        let loaded = resources.map { ApkManifestLoader.layouts(base, table: $0, limits: limits) }
        let layouts = loaded?.layouts ?? []
        return CodeFreeReads(signing: signing, layouts: layouts,
                             layoutFailures: loaded?.failures ?? [], text: UIText.collect(resources: resources, layouts: layouts))
    }

    /// Starts `read` on another core when the budget holds every entry; nil otherwise.
    static func start(_ input: ApkInput, resources: ResourceTable?, limits: ScanLimits) -> Background<CodeFreeReads>? {
        guard input.budgetHoldsEveryEntry else { return nil }
        let path = input.path, base = input.base
        return Background { read(path: path, base: base, resources: resources, limits: limits) }
    }
}
