/// Reads attribute values the way the package parser sees them: references resolved through the
/// resource table (default configuration), booleans and integers as TypedArray reads them.
struct ManifestValueReader {
    let resources: ResourceTable?

    func value(_ a: XMLAttribute?) -> ResValue? {
        guard let v = a?.value else { return nil }
        if let id = v.referenceID, let table = resources, let resolved = table.resolve(id) { return resolved }
        return v
    }

    func text(_ a: XMLAttribute?) -> String? {
        guard let v = value(a) else { return nil }
        switch v {
        case .null: return nil
        case let .string(s): return s
        case let .int(i): return String(i)
        default: return v.display
        }
    }

    func int(_ a: XMLAttribute?) -> Int? { value(a)?.intValue }

    /// An SDK level: a number, or a preview codename that Android reads as 10000 (CUR_DEVELOPMENT).
    func sdkLevel(_ a: XMLAttribute?) -> Int? {
        guard let v = value(a) else { return nil }
        if let n = v.intValue { return n }
        if case let .string(s) = v, !s.isEmpty { return 10000 }
        return nil
    }
    func bool(_ a: XMLAttribute?) -> Bool? { value(a)?.boolValue }

    /// "type/name" of a reference, or the value as text.
    func resourceName(_ a: XMLAttribute?) -> String? {
        guard let v = a?.value else { return nil }
        if let id = v.referenceID { return resources?.name(of: id) ?? v.display }
        return text(a)
    }

    func localized(_ a: XMLAttribute?, locale: String) -> String? {
        guard let v = a?.value else { return nil }
        if let id = v.referenceID, let table = resources { return table.string(id, locale: locale) }
        return v.stringValue
    }

    /// protectionLevel is a flag int; base level in the low 4 bits, flags above.
    func protectionLevel(_ a: XMLAttribute?) -> String? {
        guard let v = value(a) else { return nil }
        if let s = v.stringValue { return s }
        guard let n = v.intValue else { return v.display }
        let bases = ["normal", "dangerous", "signature", "signatureOrSystem"]
        var parts = [n & 0xf < bases.count ? bases[n & 0xf] : "base\(n & 0xf)"]
        let flags: [(Int, String)] = [(0x10, "privileged"), (0x20, "development"), (0x40, "appop"), (0x80, "pre23"),
                                      (0x100, "installer"), (0x200, "verifier"), (0x400, "preinstalled"), (0x800, "setup"),
                                      (0x1000, "instant"), (0x2000, "runtime")]
        for (bit, name) in flags where n & bit != 0 { parts.append(name) }
        return parts.joined(separator: "|")
    }

    func metaData(_ e: XMLElement) -> [MetaData] {
        e.children(named: "meta-data").compactMap { m in
            guard let name = text(m.android("name")) else { return nil }
            let res = m.android("resource")
            return MetaData(name: name, value: text(m.android("value")), resource: resourceName(res),
                            resourceId: res?.value.referenceID)
        }
    }

    func intentFilter(_ f: XMLElement) -> IntentFilter {
        var out = IntentFilter()
        out.priority = int(f.android("priority"))
        for c in f.children {
            switch c.name {
            case "action": if let n = text(c.android("name")) { out.actions.append(n) }
            case "category": if let n = text(c.android("name")) { out.categories.append(n) }
            case "data":
                out.data.append(IntentData(scheme: text(c.android("scheme")), host: text(c.android("host")),
                                           port: text(c.android("port")), path: text(c.android("path")),
                                           pathPrefix: text(c.android("pathPrefix")), pathPattern: text(c.android("pathPattern")),
                                           mimeType: text(c.android("mimeType"))))
            default: break
            }
        }
        return out
    }

    func queries(_ q: XMLElement) -> ManifestQueries {
        var out = ManifestQueries()
        for c in q.children {
            switch c.name {
            case "package": if let n = text(c.android("name")) { out.packages.append(n) }
            case "intent": out.intents.append(intentFilter(c))
            case "provider":
                if let a = text(c.android("authorities")) { out.providers += a.split(separator: ";").map(String.init) }
            default: break
            }
        }
        return out
    }

    func application(_ a: XMLElement, package: String) -> ManifestApplication {
        var app = ManifestApplication()
        app.className = text(a.android("name")).map { AndroidManifest.qualify($0, package: package) }
        app.label = text(a.android("label"))
        app.labelZh = localized(a.android("label"), locale: "zh-CN")
        app.allowBackup = bool(a.android("allowBackup"))
        app.debuggable = bool(a.android("debuggable"))
        app.usesCleartextTraffic = bool(a.android("usesCleartextTraffic"))
        app.networkSecurityConfig = resourceName(a.android("networkSecurityConfig"))
        app.appComponentFactory = text(a.android("appComponentFactory")).map { AndroidManifest.qualify($0, package: package) }
        app.persistent = bool(a.android("persistent"))
        app.process = text(a.android("process"))
        app.metaData = metaData(a)
        app.line = a.line
        return app
    }

    func component(_ c: XMLElement, kind: ManifestComponent.Kind, package: String, targetSdk: Int) -> ManifestComponent {
        let name = AndroidManifest.qualify(text(c.android("name")) ?? "", package: package)
        let filters = c.children(named: "intent-filter").map(intentFilter)
        let explicit = bool(c.android("exported"))
        let exported: Bool
        if let e = explicit {
            exported = e
        } else if kind == .provider {
            exported = targetSdk <= 16
        } else {
            exported = !filters.isEmpty
        }
        var out = ManifestComponent(kind: kind, name: name, exported: exported, exportedExplicit: explicit,
                                    enabled: bool(c.android("enabled")) ?? true, line: c.line)
        if kind == .activityAlias {
            out.targetActivity = text(c.android("targetActivity")).map { AndroidManifest.qualify($0, package: package) }
        }
        out.permission = text(c.android("permission"))
        out.readPermission = text(c.android("readPermission"))
        out.writePermission = text(c.android("writePermission"))
        out.process = text(c.android("process"))
        if let f = int(c.android("foregroundServiceType")) {
            out.foregroundServiceType = AndroidAttributeNames.foregroundServiceTypes(UInt32(truncatingIfNeeded: f))
        }
        if kind == .provider {
            out.authorities = text(c.android("authorities"))?.split(separator: ";").map(String.init)
            out.grantUriPermissions = bool(c.android("grantUriPermissions"))
        }
        out.directBootAware = bool(c.android("directBootAware"))
        out.intentFilters = filters
        out.metaData = metaData(c)
        return out
    }
}
