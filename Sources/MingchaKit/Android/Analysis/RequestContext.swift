/// What surrounds a permission request in its class: a rationale check, and a refusal written to
/// storage so the app does not ask again every time. "Its class" is the outer class with its
/// inner and anonymous classes (`A`, `A$1`, `A$$Lambda$0`). Built once per app.
struct RequestContext {
    private let dex: DexIndex
    private let families: ClassFamilies
    /// Outer classes that call shouldShowRequestPermissionRationale.
    private var explaining = Set<String>()

    static let writers: Set<String> = ["Landroid/content/SharedPreferences$Editor;", "Lcom/tencent/mmkv/MMKV;"]
    static let readers: Set<String> = ["Landroid/content/SharedPreferences;", "Lcom/tencent/mmkv/MMKV;"]

    init(dex: DexIndex, families: ClassFamilies) {
        self.dex = dex
        self.families = families
        if let n = dex.names.lookup("shouldShowRequestPermissionRationale") {
            for (id, k) in dex.methodKeys.enumerated() where k.name == n {
                for caller in dex.callerIds(of: Int32(id)) { explaining.insert(DexIndex.outerClass(dex.className(ofMethod: caller))) }
            }
        }
    }

    /// shown when one of `classes` checks shouldShowRequestPermissionRationale, else none.
    func rationale(classes: [String]) -> PermissionRequestFact.Rationale {
        classes.contains { explaining.contains($0) } ? .shown : .none
    }

    /// The refusal is remembered: the request method (or its lifecycle method) reads storage
    /// before asking, or a result callback of the class writes storage.
    func remembersDenial(site: RequestSite, lifecycleMethod: Int32?, classes: [String]) -> Bool {
        for m in [site.method] + (lifecycleMethod.map { [$0] } ?? []) {
            for c in dex.callsOut(m) {
                if m == site.method && c.edge >= site.edge { break }
                if RequestContext.readers.contains(c.cls) && (c.name.hasPrefix("get") || c.name.hasPrefix("decode")) { return true }
            }
        }
        for outer in Set(classes) {
            for ci in families.classes(of: outer) {
                for m in dex.methodIds(ofClass: ci) where RequestContext.isResultCallback(dex.names[dex.methodKeys[Int(m)].name]) {
                    if dex.callsOut(m).contains(where: { RequestContext.writers.contains($0.cls) && ($0.name.hasPrefix("put") || $0.name.hasPrefix("encode")) }) {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// Methods that run with the user's answer: the framework callback, library callbacks and
    /// the lambdas that implement them.
    static func isResultCallback(_ name: String) -> Bool {
        name == "onRequestPermissionsResult" || name == "onActivityResult" || name == "accept" || name == "onResult"
            || name == "onGranted" || name == "onDenied" || name.contains("Denied") || name.hasPrefix("lambda$")
    }
}
