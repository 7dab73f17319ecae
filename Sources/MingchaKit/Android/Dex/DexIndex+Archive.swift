extension DexIndex {
    /// Indexes an APK's code: its root `classes*.dex` entries in Android's load order, read one at a
    /// time. An unreadable or broken DEX is recorded in `problems`; the others are indexed.
    public static func build(apk: ZipArchive, limits: ScanLimits) throws -> DexIndex {
        try build(reading: loadOrder(apk.entries.map(\.name)), limits: limits) { try apk.read($0) }
    }
}

extension PackerDetector {
    /// Packer check for an APK: classes from its index; native libraries and assets from its entries.
    public static func detect(index: DexIndex, entryNames: [String], signatures: PackerSignatures,
                              declaredClasses: [String] = []) -> [PackerHit] {
        detect(classNames: index.classes.map(\.name),
               nativeLibs: entryNames.filter { $0.hasPrefix("lib/") && $0.hasSuffix(".so") },
               assets: entryNames.filter { $0.hasPrefix("assets/") },
               signatures: signatures, declaredClasses: declaredClasses)
    }
}
