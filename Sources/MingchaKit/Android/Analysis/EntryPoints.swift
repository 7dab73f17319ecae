/// The methods Android runs before the user can have seen a consent dialog: the Application's
/// `attachBaseContext`/`onCreate` and static initialiser, every manifest provider's `onCreate`
/// (androidx.startup's InitializationProvider runs its meta-data initializers' `create`), and the
/// launcher activity's first lifecycle methods.
struct EntryPoint {
    var kind: PreConsentFact.EntryKind
    var method: Int32
}

enum EntryPoints {
    static let startupProvider = "androidx.startup.InitializationProvider"

    static func find(dex: DexIndex, manifest: AndroidManifest, hierarchy h: ClassHierarchy) -> [EntryPoint] {
        var out: [EntryPoint] = []
        func add(_ kind: PreConsentFact.EntryKind, _ cls: String, _ names: [String]) {
            guard let ci = dex.classByName[cls] else { return }
            for n in names { out += h.methods(named: n, from: ci).map { EntryPoint(kind: kind, method: $0.id) } }
        }
        if let app = manifest.application.className {
            add(.applicationInit, app, ["attachBaseContext", "onCreate"])
            // Static initialisers of the Application class and its app superclasses run at load.
            var ci = dex.classByName[app] ?? -1
            var hops = 0
            while ci >= 0 && hops < 64 {
                add(.staticInit, dex.classes[Int(ci)].name, ["<clinit>"])
                ci = h.superIndex[Int(ci)]
                hops += 1
            }
        }
        for p in manifest.components(.provider) where p.enabled {
            add(.providerInit, p.name, ["onCreate"])
            if p.name == startupProvider {
                for m in p.metaData where m.value == "androidx.startup" { add(.providerInit, m.name, ["create"]) }
            }
        }
        for a in launcherActivities(manifest) { add(.launcher, a, ["onCreate", "onStart", "onResume"]) }
        // A method found twice keeps its first kind (application before launcher).
        var seen = Set<Int32>()
        return out.filter { seen.insert($0.method).inserted }
    }

    /// Activities (alias targets resolved) with a MAIN + LAUNCHER intent filter.
    static func launcherActivities(_ manifest: AndroidManifest) -> [String] {
        var out: [String] = []
        for c in manifest.components where c.kind == .activity || c.kind == .activityAlias {
            let launcher = c.intentFilters.contains {
                $0.actions.contains("android.intent.action.MAIN") && $0.categories.contains("android.intent.category.LAUNCHER")
            }
            guard launcher else { continue }
            let name = c.kind == .activityAlias ? (c.targetActivity ?? c.name) : c.name
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
