/// "Disagree" handlers that end the app (violation type 2). A consent-dialog class is one whose
/// code (with its inner classes) loads disagree wording (不同意 / 拒绝 / disagree) together with
/// privacy wording (隐私 / 协议 / 政策 / privacy); its methods that call an exit API are handlers.
/// Heuristic: the dialog's agree path may share the class, so only exit calls count.
public enum DisagreeHandlerAnalysis {
    static let disagreeWords = ["不同意", "拒绝", "disagree", "不同意并退出", "暂不使用", "不同意并继续"]
    static let privacyWords = ["隐私", "协议", "政策", "privacy"]
    /// Calls that end the process or the task: smali class descriptor + name.
    static let hardExits: [(cls: String, name: String)] = [
        ("Ljava/lang/System;", "exit"), ("Landroid/os/Process;", "killProcess"), ("Ljava/lang/Runtime;", "exit"),
        ("Ljava/lang/Runtime;", "halt"),
    ]
    static let taskExits: Set<String> = ["finishAffinity", "finishAndRemoveTask"]

    public static func run(dex: DexIndex, resources: ResourceTable?) -> [DisagreeHandler] {
        run(dex: dex, resources: resources, manifest: nil)
    }

    /// With the manifest, `finish()` of the launcher activity counts as an exit too.
    public static func run(dex: DexIndex, resources: ResourceTable?, manifest: AndroidManifest?) -> [DisagreeHandler] {
        let launch = manifest.map(LaunchScreens.init(manifest:))
        var wording: [String: (disagree: String?, privacy: String?)] = [:]
        for c in dex.classes {
            let outer = DexIndex.outerClass(c.name)
            for m in c.methods where m.hasCode {
                for s in dex.constStrings(in: m.id) + ResourceStrings.strings(dex: dex, method: m.id, resources: resources) {
                    var w = wording[outer] ?? (nil, nil)
                    if w.disagree == nil, disagreeWords.contains(where: { s.lowercased().contains($0) }) { w.disagree = s }
                    if w.privacy == nil, privacyWords.contains(where: { s.lowercased().contains($0) }) { w.privacy = s }
                    wording[outer] = w
                }
            }
        }
        var out: [DisagreeHandler] = []
        for c in dex.classes {
            let outer = DexIndex.outerClass(c.name)
            guard let w = wording[outer], let disagree = w.disagree, let privacy = w.privacy else { continue }
            for m in c.methods where m.hasCode {
                guard let exit = exitCall(dex: dex, method: m.id, launch: launch, inClass: c.name) else { continue }
                out.append(DisagreeHandler(site: m.ref.smali, exits: true, exitCall: exit.callee, evidence: [
                    Evidence(.dexCall, file: c.dexFile, location: m.ref.smali, detail: exit.callee),
                    Evidence(.string, file: c.dexFile, location: outer, detail: disagree),
                    Evidence(.string, file: c.dexFile, location: outer, detail: privacy),
                ]))
            }
        }
        return out
    }

    static func exitCall(dex: DexIndex, method m: Int32, launch: LaunchScreens?, inClass cls: String) -> (callee: String, edge: Int32)? {
        for c in dex.callsOut(m) {
            let callee = dex.smali(ofMethod: dex.calls.to[Int(c.edge)]) ?? c.cls + "->" + c.name
            if hardExits.contains(where: { $0.cls == c.cls && $0.name == c.name }) || taskExits.contains(c.name) {
                return (callee, c.edge)
            }
            // finish() of the screen the user starts on leaves nothing behind it.
            if c.name == "finish" {
                let target = DexNames.dotted(c.cls)
                let onLaunchScreen = launch?.isLaunchScreen(target) ?? LaunchScreens.looksLikeSplash(target)
                if onLaunchScreen { return (callee, c.edge) }
            }
        }
        return nil
    }
}
