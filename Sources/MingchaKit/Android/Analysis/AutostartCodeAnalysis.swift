/// Associated start in code (MIIT C6): a method that points an Intent at another app's package
/// (setClassName / setComponent / setPackage / new ComponentName with a constant package name)
/// and starts, binds or broadcasts it. System settings and vendor permission managers are not
/// "other apps" for this purpose and are skipped.
public enum AutostartCodeAnalysis {
    static let targeting: [(cls: String, name: String)] = [
        ("Landroid/content/Intent;", "setClassName"), ("Landroid/content/Intent;", "setComponent"),
        ("Landroid/content/Intent;", "setPackage"), ("Landroid/content/ComponentName;", "<init>"),
    ]
    static let starts: Set<String> = ["startActivity", "startActivities", "startActivityForResult", "startService",
                                      "startForegroundService", "bindService", "sendBroadcast", "sendOrderedBroadcast",
                                      "sendBroadcastAsUser", "sendStickyBroadcast"]
    /// Platform, settings and vendor security-centre packages apps open for settings pages.
    static let systemPrefixes = ["android", "com.android.", "com.google.android.", "com.miui.", "com.xiaomi.misettings",
                                 "com.huawei.systemmanager", "com.hihonor.systemmanager", "com.coloros.", "com.oppo.safe",
                                 "com.oplus.", "com.vivo.permissionmanager", "com.iqoo.secure", "com.meizu.safe",
                                 "com.samsung.android.", "com.letv.android.letvsafe", "com.sec.android.",
                                 "com.huawei.permissionmanager", "com.qihoo360.mobilesafe", "com.zte.heartyservice",
                                 "com.lenovo.security", "com.yulong.android.security", "com.smartisanos.security", "miui."]

    /// First segments of real-world package names (reverse domains); anything else is more likely
    /// a host name, an action or a key.
    static let packageRoots: Set<String> = ["com", "cn", "org", "net", "io", "me", "tv", "co", "top", "vip", "so", "ai", "app",
                                            "de", "jp", "kr", "ru", "uk", "us", "fr", "hk", "tw", "sg", "in", "info", "xyz",
                                            "club", "site", "mobi", "ltd", "work", "fun", "pro", "biz", "edu", "gov", "im", "cc"]

    public static func run(dex: DexIndex, manifest: AndroidManifest, sdks: [SDKMatcher.Match]) -> [AutostartFact] {
        let attribution = SDKAttribution(matches: sdks, knowledge: KnowledgeBase())
        var out: [AutostartFact] = []
        var seen = Set<String>()
        // Only methods that aim an Intent at a component or package can start another app.
        for m in dex.callers(ofAny: dex.methodIds(matching: targeting)) {
            guard let c = dex.definingClass(ofMethod: m), let site = dex.smali(ofMethod: m),
                  let start = dex.callsOut(m).first(where: { starts.contains($0.name) }) else { continue }
            let packages = dex.constStrings(in: m).filter { isOtherPackage($0, own: manifest.package, dex: dex) }
            guard let pkg = packages.min(by: { $0.utf8.count < $1.utf8.count }) else { continue }
            guard seen.insert(site + " " + pkg).inserted else { continue }
            let startCall = dex.smali(ofMethod: dex.calls.to[Int(start.edge)]) ?? start.name
            out.append(AutostartFact(kind: .associatedStart, trigger: "\(pkg) (\(start.name))", component: site,
                                     collector: attribution.collector(ofClass: c.name), evidence: [
                                        Evidence(.dexCall, file: c.dexFile, location: site, detail: startCall),
                                        Evidence(.string, file: c.dexFile, location: site, detail: pkg),
                                     ]))
        }
        return out
    }

    /// A constant that reads as another app's package (or a class in it): dotted identifiers
    /// starting lower-case, not the app's own package, not a class the app defines, not a system
    /// package.
    static func isOtherPackage(_ s: String, own: String, dex: DexIndex) -> Bool {
        guard s.utf8.count <= 150 else { return false }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy(isIdentifier), parts[0].first?.isLowercase == true,
              parts[1].first?.isLowercase == true else { return false }
        // Intent actions (`miui.intent.action.APP_PERM_EDITOR`, `org.kivy.LAUNCH`) end in capitals;
        // host names (`repo.xposed.info`) do not start with a package root.
        if let last = parts.last, last.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) { return false }
        if parts.contains("intent") || parts.contains("action") { return false }
        guard packageRoots.contains(String(parts[0])) else { return false }
        if s == own || s.hasPrefix(own + ".") || dex.classByName[s] != nil { return false }
        return !systemPrefixes.contains { p in p.hasSuffix(".") ? s.hasPrefix(p) : (s == p || s.hasPrefix(p + ".")) }
    }

    static func isIdentifier(_ p: Substring) -> Bool {
        guard let f = p.unicodeScalars.first, !("0"..."9").contains(f) else { return false }
        return p.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
