/// Self-start, wake targets and keep-alive, read from the manifest (MIIT C6). Explicit starts
/// of other packages come from code (`AutostartCodeAnalysis`).
enum AutostartFacts {
    /// System broadcasts that start an app without the user: boot, unlock, package changes,
    /// network and power changes. Short names are what reports show.
    static let selfStartActions: [String: String] = [
        "android.intent.action.BOOT_COMPLETED": "BOOT_COMPLETED",
        "android.intent.action.LOCKED_BOOT_COMPLETED": "LOCKED_BOOT_COMPLETED",
        "android.intent.action.QUICKBOOT_POWERON": "QUICKBOOT_POWERON",
        "com.htc.intent.action.QUICKBOOT_POWERON": "QUICKBOOT_POWERON",
        "android.intent.action.REBOOT": "REBOOT",
        "android.intent.action.USER_PRESENT": "USER_PRESENT",
        "android.intent.action.USER_UNLOCKED": "USER_UNLOCKED",
        "android.intent.action.PACKAGE_ADDED": "PACKAGE_ADDED",
        "android.intent.action.PACKAGE_REMOVED": "PACKAGE_REMOVED",
        "android.intent.action.PACKAGE_REPLACED": "PACKAGE_REPLACED",
        "android.intent.action.PACKAGE_CHANGED": "PACKAGE_CHANGED",
        "android.intent.action.PACKAGE_FULLY_REMOVED": "PACKAGE_FULLY_REMOVED",
        "android.intent.action.PACKAGE_INSTALL": "PACKAGE_INSTALL",
        "android.net.conn.CONNECTIVITY_CHANGE": "CONNECTIVITY_CHANGE",
        "android.net.wifi.WIFI_STATE_CHANGED": "WIFI_STATE_CHANGED",
        "android.net.wifi.STATE_CHANGE": "WIFI_STATE_CHANGE",
        "android.intent.action.ACTION_POWER_CONNECTED": "POWER_CONNECTED",
        "android.intent.action.ACTION_POWER_DISCONNECTED": "POWER_DISCONNECTED",
        "android.intent.action.BATTERY_CHANGED": "BATTERY_CHANGED",
        "android.intent.action.BATTERY_LOW": "BATTERY_LOW",
        "android.intent.action.BATTERY_OKAY": "BATTERY_OKAY",
        "android.intent.action.MEDIA_MOUNTED": "MEDIA_MOUNTED",
        "android.intent.action.MEDIA_UNMOUNTED": "MEDIA_UNMOUNTED",
        "android.intent.action.TIME_SET": "TIME_SET",
        "android.intent.action.TIMEZONE_CHANGED": "TIMEZONE_CHANGED",
        "android.intent.action.DATE_CHANGED": "DATE_CHANGED",
        "android.intent.action.PHONE_STATE": "PHONE_STATE",
        "android.intent.action.NEW_OUTGOING_CALL": "NEW_OUTGOING_CALL",
        "android.provider.Telephony.SMS_RECEIVED": "SMS_RECEIVED",
        "android.bluetooth.adapter.action.STATE_CHANGED": "BLUETOOTH_STATE_CHANGED",
        "android.intent.action.SIM_STATE_CHANGED": "SIM_STATE_CHANGED",
        "android.intent.action.AIRPLANE_MODE": "AIRPLANE_MODE",
    ]

    /// Service actions that make the system bind the app at will (used as keep-alive).
    static let keepAliveServiceActions: [String: String] = [
        "android.content.SyncAdapter": "sync adapter",
        "android.accounts.AccountAuthenticator": "account authenticator",
    ]

    /// Words in a non-system action or class name that mark a component woken by other apps.
    static let wakeWords = ["push", "wake", "daemon", "keepalive", "keep_alive", "guard"]

    static func facts(manifest: AndroidManifest, ownership: SDKOwnership) -> [AutostartFact] {
        var out: [AutostartFact] = []
        func collector(_ c: ManifestComponent) -> CollectionFact.Collector {
            ownership.collector(Int32(ownership.owner(ofClass: c.targetActivity ?? c.name) ?? -1))
        }
        for c in manifest.components where c.enabled {
            switch c.kind {
            case .receiver:
                for action in Set(c.actions).sorted() {
                    if let short = selfStartActions[action] {
                        out.append(AutostartFact(kind: .selfStart, trigger: short, component: c.name, collector: collector(c),
                                                 evidence: [evidence(c, action)]))
                    }
                }
            case .service:
                for action in Set(c.actions).sorted() {
                    if let what = keepAliveServiceActions[action] {
                        out.append(AutostartFact(kind: .keepAlive, trigger: what, component: c.name, collector: collector(c),
                                                 evidence: [evidence(c, action)]))
                    }
                }
                if let trigger = wakeTrigger(c, ownership: ownership) {
                    out.append(AutostartFact(kind: .wakeTarget, trigger: trigger, component: c.name, collector: collector(c),
                                             evidence: [c.evidence]))
                }
            case .activity, .activityAlias:
                if let trigger = wakeTrigger(c, ownership: ownership) {
                    out.append(AutostartFact(kind: .wakeTarget, trigger: trigger, component: c.name, collector: collector(c),
                                             evidence: [c.evidence]))
                }
            case .provider:
                break
            }
        }
        if manifest.application.persistent == true {
            out.append(AutostartFact(kind: .keepAlive, trigger: "android:persistent=\"true\"",
                                     component: manifest.application.className ?? manifest.package,
                                     evidence: [Evidence(.manifestElement, file: "AndroidManifest.xml", location: "<application android:persistent=\"true\">",
                                                         detail: "line \(manifest.application.line)")]))
        }
        for p in manifest.usesPermissions where p.name == "android.permission.REQUEST_IGNORE_BATTERY_OPTIMIZATIONS" {
            out.append(AutostartFact(kind: .keepAlive, trigger: "battery-optimisation exemption", component: manifest.package,
                                     evidence: [p.evidence]))
        }
        return out
    }

    /// An exported, unprotected service or activity whose intent filter uses a non-system
    /// action and that belongs to a push SDK, or whose action / class name says it is for waking.
    static func wakeTrigger(_ c: ManifestComponent, ownership: SDKOwnership) -> String? {
        guard c.exported, c.permission == nil else { return nil }
        let custom = c.actions.filter { !$0.hasPrefix("android.") && !$0.hasPrefix("com.android.") }.sorted()
        guard let first = custom.first else { return nil }
        if c.intentFilters.contains(where: { $0.categories.contains("android.intent.category.LAUNCHER") }) { return nil }
        let pushSDK = ownership.owner(ofClass: c.name).map { ownership.sdks[$0].category.lowercased().contains("push") } ?? false
        let named = (custom + [c.name]).contains { a in wakeWords.contains { a.lowercased().contains($0) } }
        return pushSDK || named ? first : nil
    }

    static func evidence(_ c: ManifestComponent, _ action: String) -> Evidence {
        Evidence(.manifestElement, file: "AndroidManifest.xml", location: c.elementText,
                 detail: "<action name=\"\(action)\">, line \(c.line)")
    }
}
