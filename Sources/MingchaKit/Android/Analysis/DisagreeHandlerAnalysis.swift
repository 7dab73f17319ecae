/// "Disagree" handlers that end the app (violation type 2). A consent-dialog class is one whose
/// code (with its inner classes) loads disagree wording (不同意 / 拒绝 / disagree) together with
/// privacy wording (隐私 / 协议 / 政策 / privacy), as literals or as string resources named by id;
/// its methods that call an exit API are handlers. Heuristic: the agree path may share the class,
/// so only exit calls count, and which button a handler serves is not proved.
public enum DisagreeHandlerAnalysis {
    static let disagreeWords = ["不同意", "拒绝", "disagree", "暂不使用"]
    static let privacyWords = ["隐私", "协议", "政策", "privacy"]
    static let disagreePhrases = Phrases(disagreeWords)
    static let privacyPhrases = Phrases(privacyWords)
    /// Calls that end the process or the task.
    static let exits: [(cls: String, name: String)] = [
        ("Ljava/lang/System;", "exit"), ("Landroid/os/Process;", "killProcess"), ("Ljava/lang/Runtime;", "exit"),
        ("Ljava/lang/Runtime;", "halt"), ("", "finishAffinity"), ("", "finishAndRemoveTask"), ("", "finish"),
    ]

    public static func run(dex: DexIndex, resources: ResourceTable?) -> [DisagreeHandler] {
        run(dex: dex, resources: resources, manifest: nil)
    }

    /// With the manifest, `finish()` of the launcher activity counts as an exit too (without it,
    /// of an activity named like a splash screen).
    public static func run(dex: DexIndex, resources: ResourceTable?, manifest: AndroidManifest?) -> [DisagreeHandler] {
        run(dex: dex, resources: resources, manifest: manifest, families: nil)
    }

    /// With the class families the scan already built over the same index (else built when a
    /// handler candidate needs them).
    static func run(dex: DexIndex, resources: ResourceTable?, manifest: AndroidManifest?, families given: ClassFamilies?) -> [DisagreeHandler] {
        let launch = manifest.map(LaunchScreens.init(manifest:))
        let exitIds = dex.methodIds(matching: exits).filter { id in
            let k = dex.methodKeys[Int(id)]
            guard dex.names[k.name] == "finish" else { return true }
            // finish() of the screen the user starts on leaves nothing behind it.
            let cls = DexNames.dotted(dex.names[k.cls])
            return dex.names[k.sig] == "()V" && (launch?.isLaunchScreen(cls) ?? LaunchScreens.looksLikeSplash(cls))
        }
        let exitSet = Set(exitIds)
        var families = given
        var wording: [String: (disagree: String, privacy: String)?] = [:]
        var out: [DisagreeHandler] = []
        for m in dex.callers(ofAny: exitIds) {
            guard let c = dex.definingClass(ofMethod: m), let site = dex.smali(ofMethod: m) else { continue }
            let outer = DexIndex.outerClass(c.name)
            if wording[outer] == nil {
                if families == nil { families = ClassFamilies(dex) }
                wording[outer] = .some(findWording(dex: dex, classes: families?.classes(of: outer) ?? [], resources: resources))
            }
            guard let w = wording[outer] ?? nil,
                  let e = dex.calls.edges(from: m).first(where: { exitSet.contains(dex.calls.to[Int($0)]) }),
                  let callee = dex.smali(ofMethod: dex.calls.to[Int(e)]) else { continue }
            out.append(DisagreeHandler(site: site, exits: true, exitCall: callee, evidence: [
                Evidence(.dexCall, file: c.dexFile, location: site, detail: callee),
                Evidence(.string, file: c.dexFile, location: outer, detail: w.disagree),
                Evidence(.string, file: c.dexFile, location: outer, detail: w.privacy),
            ]))
        }
        return out
    }

    /// The first disagree and privacy wording the classes' code loads, if it has both.
    static func findWording(dex: DexIndex, classes: ArraySlice<Int32>, resources: ResourceTable?) -> (disagree: String, privacy: String)? {
        var disagree: String?, privacy: String?
        for ci in classes {
            for m in dex.methodIds(ofClass: ci) {
                for s in dex.constStrings(in: m) + ResourceStrings.strings(dex: dex, method: m, resources: resources) {
                    // A byte search in ASCII-lowered UTF-8: Foundation's String.contains cost more
                    // than the rest of this analysis on apps with many dialog classes.
                    let key = Phrases.key(s)
                    if disagree == nil, disagreePhrases.matches(key) { disagree = s }
                    if privacy == nil, privacyPhrases.matches(key) { privacy = s }
                    if let d = disagree, let p = privacy { return (d, p) }
                }
            }
        }
        return nil
    }
}
