/// The knowledge-free start of the Android builder: identity and traits from the manifest, and
/// packers from `PackerDetector`. The Android facts builder adds permissions, collection, SDKs
/// and the call-graph facts on top, then calls `finish`.
extension AppFactsBuilder {
    public static func android(manifest: AndroidManifest, packers: [PackerHit] = []) -> AppFacts {
        var id = AppIdentity(platform: .android, id: manifest.package)
        id.name = manifest.application.label
        id.nameZh = manifest.application.labelZh
        id.versionName = manifest.versionName
        id.versionCode = manifest.versionCode.map(String.init)
        var f = AppFacts(identity: id)
        let sorted = packers.sorted { $0.id < $1.id }
        f.android = AndroidTraits(targetSdkVersion: manifest.targetSdk ?? manifest.minSdk, minSdkVersion: manifest.minSdk,
                                  packers: sorted.map { "\($0.nameZh) (\($0.nameEn))" },
                                  packerEvidence: sorted.flatMap { $0.evidence })
        for p in sorted {
            f.limitations.append("代码经「\(p.nameZh)」加固，静态分析看不到真实代码 / code hidden by \(p.nameEn): static analysis cannot see the real code")
        }
        return f
    }
}
