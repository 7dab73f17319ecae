/// Call sites that show the system permission prompt: the framework methods and the libraries
/// apps use instead (PermissionX, EasyPermissions, RxPermissions, XXPermissions, AndPermission).
/// Calls made inside the framework support code or the library itself are not sites.
struct RequestSite {
    /// Calling method and the request method it calls.
    var method: Int32
    var callee: Int32
    var edge: Int32
    /// The request API itself carries a rationale (EasyPermissions' rationale text, PermissionX's
    /// explain-reason callback seen in the same method).
    var explains: Bool
}

enum RequestSites {
    /// Library request methods: class descriptor prefix -> method names.
    static let libraries: [(prefix: String, methods: Set<String>)] = [
        ("Lcom/permissionx/guolindev/request/PermissionBuilder;", ["request"]),
        ("Lpub/devrel/easypermissions/EasyPermissions;", ["requestPermissions"]),
        ("Lcom/tbruyelle/rxpermissions", ["request", "requestEach", "requestEachCombined", "ensure", "ensureEach", "ensureEachCombined"]),
        ("Lcom/hjq/permissions/XXPermissions;", ["request"]),
        ("Lcom/yanzhenjie/permission/", ["start"]),
    ]
    /// Packages whose own calls are plumbing, not a site.
    static let plumbing = ["Landroidx/", "Landroid/support/", "Landroid/", "Lcom/permissionx/", "Lpub/devrel/easypermissions/",
                           "Lcom/tbruyelle/rxpermissions", "Lcom/hjq/permissions/", "Lcom/yanzhenjie/permission/"]

    static func find(dex: DexIndex) -> [RequestSite] {
        let requestNames: Set<String> = ["requestPermissions", "launch", "request", "requestEach", "requestEachCombined", "ensure",
                                         "ensureEach", "ensureEachCombined", "start"]
        // Callee ids that request, found by one pass over the method table (interned name ids).
        let requesting = dex.nameMarks(requestNames.compactMap { dex.names.lookup($0) })
        var kinds: [Int32: Bool] = [:]   // callee -> explains
        let launcherDesc = "Landroidx/activity/result/ActivityResultLauncher;"
        for (i, k) in dex.methodKeys.enumerated() where requesting[Int(k.name)] {
            let name = dex.names[k.name]
            let cls = dex.names[k.cls], sig = dex.names[k.sig]
            if name == "requestPermissions" && !cls.hasPrefix("Lpub/devrel/")
                && (sig.hasPrefix("([Ljava/lang/String;I)") || sig.hasPrefix("(Landroid/app/Activity;[Ljava/lang/String;I)")
                    || sig.hasPrefix("(Landroidx/fragment/app/Fragment;[Ljava/lang/String;I)")
                    || sig.hasPrefix("(Landroid/support/v4/app/Fragment;[Ljava/lang/String;I)")) {
                kinds[Int32(i)] = false
            } else if name == "launch" && cls == launcherDesc {
                kinds[Int32(i)] = false
            } else if let lib = libraries.first(where: { cls.hasPrefix($0.prefix) && $0.methods.contains(name) }) {
                kinds[Int32(i)] = lib.prefix.hasPrefix("Lpub/devrel/")
            }
        }
        var out: [RequestSite] = []
        var contractClasses: [Int32: Bool] = [:]
        for (callee, explains) in kinds.sorted(by: { $0.key < $1.key }) {
            for e in dex.calls.edges(to: callee) {
                let m = dex.calls.from[Int(e)]
                guard let c = dex.definingClass(ofMethod: m) else { continue }
                let desc = DexNames.descriptor(c.name)
                if plumbing.contains(where: { desc.hasPrefix($0) }) { continue }
                if dex.names[dex.methodKeys[Int(callee)].name] == "launch" {
                    // Only launchers registered with a permission contract in the same class.
                    let ci = dex.methodClass[Int(m)]
                    let ok = contractClasses[ci] ?? usesPermissionContract(dex: dex, outer: DexIndex.outerClass(c.name))
                    contractClasses[ci] = ok
                    guard ok else { continue }
                }
                let explainsHere = explains || dex.callsOut(m).contains { $0.name == "onExplainRequestReason" }
                out.append(RequestSite(method: m, callee: callee, edge: e, explains: explainsHere))
            }
        }
        return out.sorted { ($0.method, $0.edge) < ($1.method, $1.edge) }
    }

    static let contracts: Set<String> = ["Landroidx/activity/result/contract/ActivityResultContracts$RequestPermission;",
                                         "Landroidx/activity/result/contract/ActivityResultContracts$RequestMultiplePermissions;"]

    /// Class `outer` or one of its inner classes creates a RequestPermission(s) contract.
    static func usesPermissionContract(dex: DexIndex, outer: String) -> Bool {
        for c in contracts {
            for m in dex.methods(referencingType: DexNames.dotted(c)) where DexIndex.outerClass(m.className) == outer { return true }
        }
        return false
    }
}
