/// The Android pipeline: APK or bundle -> manifest, resources, layouts, DEX, signing -> AppFacts.
public enum AndroidScan {
    public static func run(path: String, kind: PackageKind, options: ScanOptions, knowledge: KnowledgeBase) throws -> PlatformScan {
        let budget = InflateBudget(limits: options.limits)
        let input = try ApkInput.open(path: path, limits: options.limits, budget: budget)
        let contents = try ApkManifestLoader.load(input.base, limits: options.limits)
        var facts = AppFactsBuilder.android(manifest: contents.manifest)
        for p in contents.manifest.usesPermissions {
            let info = knowledge.permission(named: p.name)
            facts.permissions.append(PermissionFact(name: p.name, zhName: info?.zhName, infoTypes: info?.infoTypes ?? [],
                                                    sensitive: info?.sensitive ?? false,
                                                    evidence: [Evidence(.manifestElement, file: "AndroidManifest.xml", detail: "uses-permission " + p.name)]))
        }
        return PlatformScan(facts: facts)
    }
}
