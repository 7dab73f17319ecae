/// Associated start in code (MIIT C6): a method that points an Intent at another app's package
/// (setClassName / setComponent / setPackage / new ComponentName with a constant package name)
/// and starts, binds or broadcasts it. System settings and vendor permission managers are not
/// "other apps" for this purpose and are skipped.
public enum AutostartCodeAnalysis {
    static let targeting: Set<String> = ["setClassName", "setComponent", "setPackage"]
    static let starts: Set<String> = ["startActivity", "startActivities", "startActivityForResult", "startService",
                                      "startForegroundService", "bindService", "sendBroadcast", "sendOrderedBroadcast",
                                      "sendBroadcastAsUser", "sendStickyBroadcast"]
    /// Platform, settings and vendor security-centre packages apps open for settings pages.
    static let systemPrefixes = ["android", "com.android.", "com.google.android.", "com.miui.", "com.xiaomi.misettings",
                                 "com.huawei.systemmanager", "com.hihonor.systemmanager", "com.coloros.", "com.oppo.safe",
                                 "com.oplus.", "com.vivo.permissionmanager", "com.iqoo.secure", "com.meizu.safe",
                                 "com.samsung.android.", "com.letv.android.letvsafe", "com.sec.android."]

    public static func run(dex: DexIndex, manifest: AndroidManifest, sdks: [SDKMatcher.Match]) -> [AutostartFact] {
        let attribution = SDKAttribution(matches: sdks, knowledge: KnowledgeBase())
        let componentName = dex.names.lookup("Landroid/content/ComponentName;")
        let initName = dex.names.lookup("<init>")
        var out: [AutostartFact] = []
        var seen = Set<String>()
        for c in dex.classes {
            for m in c.methods where m.hasCode {
                let calls = dex.callsOut(m.id)
                let targetsIntent = calls.contains { call in
                    (call.cls == "Landroid/content/Intent;" && targeting.contains(call.name))
                        || (componentName != nil && call.cls == "Landroid/content/ComponentName;" && call.name == "<init>" && initName != nil)
                }
                guard targetsIntent, let start = calls.first(where: { starts.contains($0.name) }) else { continue }
                let packages = dex.constStrings(in: m.id).filter { isOtherPackage($0, own: manifest.package, dex: dex) }
                guard let pkg = shortest(packages) else { continue }
                let site = m.ref.smali
                guard seen.insert(site + " " + pkg).inserted else { continue }
                let startCall = dex.smali(ofMethod: dex.calls.to[Int(start.edge)]) ?? start.name
                out.append(AutostartFact(kind: .associatedStart, trigger: "\(pkg) (\(start.name))", component: site,
                                         collector: attribution.collector(ofClass: c.name), evidence: [
                                            Evidence(.dexCall, file: c.dexFile, location: site, detail: startCall),
                                            Evidence(.string, file: c.dexFile, location: site, detail: pkg),
                                         ]))
            }
        }
        return out
    }

    /// A constant that reads as another app's package (or a class in it): dotted lower-case
    /// segments, not the app's own package, not a class the app defines, not a system package.
    static func isOtherPackage(_ s: String, own: String, dex: DexIndex) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, s.utf8.count <= 150, parts.allSatisfy({ p in
            guard let f = p.unicodeScalars.first, f.properties.isLowercase || f == "_" || (p.first?.isUppercase ?? false) else { return false }
            return p.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
        }), parts[0].first?.isLowercase == true, parts[1].first?.isLowercase == true else { return false }
        if s == own || s.hasPrefix(own + ".") || dex.classByName[s] != nil { return false }
        return !systemPrefixes.contains { s == $0 || s.hasPrefix($0.hasSuffix(".") ? $0 : $0 + ".") || ($0.hasSuffix(".") && s.hasPrefix($0)) }
    }

    /// The package among candidates: the shortest, which the class names extend.
    static func shortest(_ xs: [String]) -> String? {
        xs.min { $0.utf8.count < $1.utf8.count }
    }
}
