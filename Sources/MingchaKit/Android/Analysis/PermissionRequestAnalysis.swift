/// Runtime permission requests (violation types 5, 8, 9): call sites of the framework request
/// methods and the common permission libraries, with the permission names loaded nearby, the
/// lifecycle method they run from, and whether the class explains or remembers a refusal.
public enum PermissionRequestAnalysis {
    public static func run(dex: DexIndex, manifest: AndroidManifest, knowledge: KnowledgeBase,
                           sdks: [SDKMatcher.Match]) -> [PermissionRequestFact] {
        run(dex: dex, manifest: manifest, knowledge: knowledge, sdks: sdks, families: ClassFamilies(dex))
    }

    /// With the class families the scan already built over the same index.
    static func run(dex: DexIndex, manifest: AndroidManifest, knowledge: KnowledgeBase,
                    sdks: [SDKMatcher.Match], families: ClassFamilies) -> [PermissionRequestFact] {
        let attribution = SDKAttribution(matches: sdks, knowledge: knowledge)
        let launch = LaunchScreens(manifest: manifest)
        let context = RequestContext(dex: dex, families: families)
        var out: [PermissionRequestFact] = []
        var seen = Set<String>()
        for site in RequestSites.find(dex: dex) {
            guard let siteName = dex.smali(ofMethod: site.method), let callee = dex.smali(ofMethod: site.callee) else { continue }
            guard seen.insert(siteName + " " + callee).inserted else { continue }
            let cls = dex.className(ofMethod: site.method)
            var perms = permissionStrings(dex.constStrings(in: site.method))
            if perms.isEmpty {
                // A helper taking the names as arguments: its callers load them.
                for c in dex.callerIds(of: site.method).prefix(8) { perms += permissionStrings(dex.constStrings(in: c)) }
                perms = perms.uniqued()
            }
            if perms.isEmpty {
                // A static String[] constant (`PERMISSIONS = {...}`): filled in its class's <clinit>.
                perms = permissionStrings(staticArrayStrings(dex: dex, method: site.method))
            }
            let life = LifecycleOrigin.find(dex: dex, from: site.method)
            let lifeClass = life.map { DexIndex.outerClass(dex.className(ofMethod: $0.method)) } ?? DexIndex.outerClass(cls)
            let atLaunch = life.map { launch.isLaunch(class: dex.className(ofMethod: $0.method), lifecycle: $0.name) } ?? false
            let infoTypes = perms.flatMap { knowledge.permission(named: $0)?.infoTypes ?? [] }
            var evidence = [Evidence(.dexCall, file: dex.definingClass(ofMethod: site.method)?.dexFile, location: siteName, detail: callee)]
            if let life, life.path.count > 1 {
                evidence.append(Evidence(.callPath, location: life.path.first, detail: callee, path: life.path + [callee]))
            }
            out.append(PermissionRequestFact(
                site: siteName, lifecycle: life?.name, atLaunch: atLaunch, permissions: perms,
                groups: Array(Set(perms.map(PermissionGroups.group(of:)))).sorted(),
                infoTypes: Array(Set(infoTypes)).sorted(),
                rationale: site.explains ? .shown : context.rationale(classes: [DexIndex.outerClass(cls), lifeClass]),
                denialPersisted: context.remembersDenial(site: site, lifecycleMethod: life?.method,
                                                                classes: [DexIndex.outerClass(cls), lifeClass]),
                collector: attribution.collector(ofClass: cls), evidence: evidence))
        }
        return out
    }

    /// const-strings of the static initialisers of classes whose String[] fields `method` reads.
    static func staticArrayStrings(dex: DexIndex, method: Int32) -> [String] {
        var out: [String] = []
        var seen = Set<Int32>()
        for e in dex.fieldAccesses.edges(from: method) where (0x60...0x66).contains(dex.fieldAccesses.op[Int(e)]) {
            let k = dex.fieldKeys[Int(dex.fieldAccesses.to[Int(e)])]
            guard dex.names[k.sig] == "[Ljava/lang/String;", seen.insert(k.cls).inserted,
                  let clinit = dex.methodId(MethodRef(descriptor: dex.names[k.cls], name: "<clinit>", proto: "()V")) else { continue }
            out += dex.constStrings(in: clinit)
        }
        return out
    }

    /// Strings that name a permission (`android.permission.CAMERA`, vendor `*.permission.*`).
    static func permissionStrings(_ strings: [String]) -> [String] {
        strings.filter { s in
            s.utf8.count < 200 && !s.contains(" ") && (s.hasPrefix("android.permission.") || s.contains(".permission."))
        }.uniqued()
    }
}

extension Array where Element: Hashable {
    /// The elements in order, repeats dropped.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
