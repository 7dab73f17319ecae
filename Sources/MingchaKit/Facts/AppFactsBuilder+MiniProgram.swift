import Foundation

/// Mini-program facts -> AppFacts, per the table in AppFacts.swift: privacy-API calls and WXML
/// buttons/components are collection; scopes and `requiredPrivateInfos` are permissions; location
/// APIs are checked against `requiredPrivateInfos`; calls in `App.onLaunch` / the first page are
/// pre-consent; `wx.authorize`, scoped APIs and phone-number buttons are permission requests.
/// Calls inside a plugin package are the plugin's (an SDK), not the app's.
extension AppFactsBuilder {
    public static let miniProgramDeclaredIn = "app.json requiredPrivateInfos"

    public static func miniProgram(_ mp: MiniProgramFacts, catalogue: MiniProgramAPICatalogue, sdkMatches: [SDKMatcher.Match] = []) -> AppFacts {
        var id = AppIdentity(platform: .miniprogram, id: mp.appid ?? mp.sourceName ?? mp.packages.first?.label ?? "unknown")
        id.name = mp.config?.title
        var f = AppFacts(identity: id)
        let plugins = Dictionary(mp.packages.filter { $0.role == .plugin }.map { ($0.label, "wxplugin:" + ($0.pluginId ?? $0.label)) },
                                 uniquingKeysWith: { a, _ in a })
        let collector: (JSCall) -> CollectionFact.Collector = { c in plugins[c.package].map { .sdk($0) } ?? .app }
        let entry = mp.config?.entryPage
        let descs = mp.config?.permissionDescs ?? [:]
        let configEv = { (key: String, detail: String) in Evidence(.configKey, file: mp.configFile ?? "app-config.json", location: key, detail: detail) }

        // Collection: one fact per (API, type, collector), with up to five call sites.
        var byKey: [String: (InfoType, CollectionFact.Collector, CollectionFact.Channel, [Evidence])] = [:]
        for c in mp.calls {
            guard let api = catalogue.api(c.api) else { continue }
            for t in api.infoTypes {
                let k = "\(c.api)|\(t.rawValue)|\(collectorKey(collector(c)))"
                var e = byKey[k] ?? (t, collector(c), .miniProgramAPI, [])
                if e.3.count < 5 { e.3.append(evidence(c, mp)) }
                byKey[k] = e
            }
        }
        let wxmlTypes = Dictionary((catalogue.openTypes + catalogue.components).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for u in mp.wxml {
            guard let api = wxmlTypes[u.name] else { continue }
            let who: CollectionFact.Collector = plugins[u.package].map { .sdk($0) } ?? .app
            for t in api.infoTypes {
                let k = "wxml:\(u.name)|\(t.rawValue)|\(collectorKey(who))"
                var e = byKey[k] ?? (t, who, .component, [])
                if e.3.count < 5 { e.3.append(wxmlEvidence(u)) }
                byKey[k] = e
            }
        }
        for k in byKey.keys.sorted() {
            guard let e = byKey[k] else { continue }
            f.collection.append(CollectionFact(infoType: e.0, collector: e.1, channel: e.2, evidence: e.3))
        }

        // Permissions: scopes the code uses or asks for, and the private infos the config declares.
        var scopes: [String: [Evidence]] = [:]
        for c in mp.calls where collector(c) == .app {
            if let s = catalogue.api(c.api)?.scope { scopes[s, default: []].append(evidence(c, mp)) }
        }
        for c in mp.authorizeCalls where collector(c) == .app { if let s = c.scope { scopes[s, default: []].append(evidence(c, mp)) } }
        for s in scopes.keys.sorted() {
            f.permissions.append(PermissionFact(name: s, infoTypes: catalogue.scopes[s] ?? [], sensitive: true, evidence: Array((scopes[s] ?? []).prefix(5))))
        }
        for api in mp.config?.requiredPrivateInfos ?? [] {
            f.permissions.append(PermissionFact(name: "requiredPrivateInfos." + api, infoTypes: catalogue.api(api)?.infoTypes ?? [], sensitive: true,
                                                evidence: [configEv("requiredPrivateInfos", api)]))
        }

        // Declarations: every privateInfo API the app's own code calls, against requiredPrivateInfos.
        if let config = mp.config {
            var seen = Set<String>()
            for c in mp.calls where collector(c) == .app {
                guard let api = catalogue.api(c.api), api.privateInfo == true, seen.insert(c.api).inserted else { continue }
                let declared = config.requiredPrivateInfos?.contains(c.api) ?? false
                let sites = mp.calls.filter { $0.api == c.api && collector($0) == .app }.prefix(5).map { evidence($0, mp) }
                let cfg = configEv("requiredPrivateInfos", config.requiredPrivateInfos.map { "[" + $0.joined(separator: ", ") + "]" } ?? "absent")
                f.declarations.append(DeclarationFact(api: "wx." + c.api, infoTypes: api.infoTypes, declaredIn: miniProgramDeclaredIn,
                                                      declared: declared, evidence: sites + [cfg]))
            }
        } else if !mp.calls.isEmpty {
            f.limitations.append("没有主包 app-config.json，无法核对声明 / no main-package app-config.json: declarations (requiredPrivateInfos, permission desc) not evaluated")
        }

        // Pre-consent: privacy APIs in App.onLaunch/onShow or the first page's onLoad/onShow/onReady.
        for c in mp.calls {
            guard let api = catalogue.api(c.api), let kind = launchKind(c, entry: entry) else { continue }
            f.preConsent.append(PreConsentFact(entryKind: kind, entryPoint: "\(c.module) \(c.lifecycle ?? "")", callPath: [c.lifecycle ?? "", c.written],
                                               targetKind: .sensitiveAPI, target: "wx." + c.api, infoTypes: api.infoTypes,
                                               collector: collector(c), guardedByConsentCheck: c.consentBefore, evidence: [evidence(c, mp)]))
        }

        // Permission requests: scoped API calls (implicit prompt), wx.authorize, phone-number buttons.
        let rationale: (String?) -> PermissionRequestFact.Rationale = { scope in
            guard mp.config != nil else { return .unknown }
            guard let scope else { return .unknown }
            let d = descs[scope]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return d.isEmpty ? .none : .declared
        }
        var requestKeys = Set<String>()
        for c in mp.calls + mp.authorizeCalls {
            let scope = c.api == "authorize" ? c.scope : catalogue.api(c.api)?.scope
            guard let scope else { continue }
            let site = "\(c.module)\(c.method.map { " " + $0 } ?? "")"
            guard requestKeys.insert(site + "|" + scope + "|" + c.api).inserted else { continue }
            f.permissionRequests.append(PermissionRequestFact(
                site: site, lifecycle: c.lifecycle, atLaunch: launchKind(c, entry: entry) != nil, permissions: [scope],
                infoTypes: catalogue.scopes[scope] ?? catalogue.api(c.api)?.infoTypes ?? [],
                rationale: rationale(scope), denialPersisted: mp.modulesWithStorage.contains(c.module) ? true : nil,
                collector: collector(c),
                evidence: [evidence(c, mp)] + (mp.config == nil ? [] : [configEv("permission." + scope + ".desc", descs[scope] ?? "absent")])))
        }
        for u in mp.wxml where catalogue.openTypes.first(where: { $0.name == u.name })?.phone == true {
            let site = (u.page ?? u.file) + " button open-type=" + u.name
            guard requestKeys.insert(site).inserted else { continue }
            f.permissionRequests.append(PermissionRequestFact(
                site: site, lifecycle: nil, atLaunch: u.page != nil && u.page == entry, permissions: [u.name],
                infoTypes: ["phone_number"], rationale: .unknown, collector: plugins[u.package].map { .sdk($0) } ?? .app,
                evidence: [wxmlEvidence(u)] + (entry.map { [configEv("entryPagePath", $0)] } ?? [])))
        }

        // Background: requiredBackgroundModes and background-location APIs / scope.
        if let modes = mp.config?.backgroundModes, modes.contains("location") {
            f.background.append(BackgroundFact(infoTypes: ["location", "background_location"], mechanism: .backgroundMode,
                                               detail: "requiredBackgroundModes: location", evidence: [configEv("requiredBackgroundModes", modes.joined(separator: ", "))]))
        }
        for c in mp.calls where catalogue.api(c.api)?.background == true {
            f.background.append(BackgroundFact(infoTypes: catalogue.api(c.api)?.infoTypes ?? [], mechanism: .api, detail: "wx." + c.api,
                                               collector: collector(c), evidence: [evidence(c, mp)]))
        }
        for c in mp.authorizeCalls where c.scope == "scope.userLocationBackground" {
            f.background.append(BackgroundFact(infoTypes: ["location", "background_location"], mechanism: .api, detail: "wx.authorize scope.userLocationBackground",
                                               collector: collector(c), evidence: [evidence(c, mp)]))
        }

        // Consent: the privacy-authorisation flow, agreement boxes, implied wording, disagree handlers.
        let consentButtons = mp.wxml.filter { catalogue.consentOpenTypes.contains($0.name) }
        f.consent.flowPresent = !mp.consentCalls.isEmpty || !consentButtons.isEmpty
        f.consent.flowEvidence = Array((mp.consentCalls.map { evidence($0, mp) } + consentButtons.map(wxmlEvidence)).prefix(6))
        f.consent.agreementCheckboxes = mp.checkboxes.filter(\.agreement).map {
            AgreementCheckbox(checkedByDefault: $0.checkedByDefault, evidence: [Evidence(.wxmlElement, file: $0.file, location: $0.page, detail: $0.excerpt)])
        }
        f.consent.impliedConsentWording = mp.uiText["impliedConsent"] ?? []
        let disagreeWords = catalogue.uiText.disagreeHandlers.map { $0.lowercased() }
        for c in mp.exitCalls {
            let m = (c.method ?? "").lowercased()
            guard disagreeWords.contains(where: { m.contains($0) }) else { continue }
            f.consent.disagreeHandlers.append(DisagreeHandler(site: "\(c.module) \(c.method ?? "")", exits: true, exitCall: "wx.exitMiniProgram",
                                                              evidence: [evidence(c, mp)]))
        }

        // UI text from the WXML.
        if mp.wxmlRead {
            let accounts = (mp.uiText["accounts"] ?? []) + mp.wxml.filter { $0.name == "getPhoneNumber" }.map(wxmlEvidence)
            f.ui = UISignals(searched: true, hasAccounts: !accounts.isEmpty, accountEvidence: Array(accounts.prefix(5)),
                             accountDeletionEntry: mp.uiText["accountDeletion"] ?? [], personalisationSwitch: mp.uiText["personalisation"] ?? [],
                             withdrawConsentEntry: mp.uiText["withdrawConsent"] ?? [], policyEntry: mp.uiText["agreement"] ?? [])
        }

        // Third parties: SDKs matched by the knowledge base, and every plugin (its code runs in the app).
        var sdkIds = Set<String>()
        for m in sdkMatches where sdkIds.insert(m.sdk.id).inserted {
            f.sdks.append(SDKFact(id: m.sdk.id, nameZh: m.sdk.nameZh, nameEn: m.sdk.nameEn, vendor: m.sdk.vendor, category: m.sdk.category,
                                  strength: .present, collects: m.sdk.collects, evidence: m.evidence))
        }
        for p in mp.config?.plugins ?? [] where sdkIds.insert("wxplugin:" + p.provider).inserted {
            f.sdks.append(SDKFact(id: "wxplugin:" + p.provider, nameZh: nil, nameEn: "plugin \(p.alias) (\(p.provider))", vendor: nil,
                                  category: "miniprogram-plugin", strength: .present, collects: [],
                                  evidence: [configEv("plugins." + p.alias, "provider \(p.provider) version \(p.version ?? "?")" + (p.subpackage.map { " in \($0)" } ?? ""))]))
        }
        for p in mp.packages where p.role == .plugin {
            let sid = "wxplugin:" + (p.pluginId ?? p.label)
            guard sdkIds.insert(sid).inserted else { continue }
            f.sdks.append(SDKFact(id: sid, nameZh: nil, nameEn: "plugin \(p.pluginId ?? p.label)", vendor: nil, category: "miniprogram-plugin",
                                  strength: .present, collects: [], evidence: [Evidence(.packageFile, file: p.label, detail: "plugin package")]))
        }

        f.limitations += mp.notes
        return f
    }

    /// App.onLaunch/onShow in app.js, or onLoad/onShow/onReady of the first page.
    static func launchKind(_ c: JSCall, entry: String?) -> PreConsentFact.EntryKind? {
        guard let life = c.lifecycle else { return nil }
        let module = AppConfig.pagePath(c.module)
        if module == "app", ["onLaunch", "onShow"].contains(life) { return .appLaunch }
        if let entry, module == entry, ["onLoad", "onShow", "onReady"].contains(life) { return .firstPage }
        return nil
    }

    static func evidence(_ c: JSCall, _ mp: MiniProgramFacts) -> Evidence {
        var loc = c.module
        if let m = c.method { loc += " " + m }
        if let l = c.lifecycle, l != c.method { loc += " (in \(l))" }
        if c.receiver != .direct { loc += " [receiver \(c.receiverName): \(c.receiver == .alias ? "alias of wx" : "minified")]" }
        return Evidence(.jsCall, file: c.file, location: loc, detail: c.excerpt)
    }

    static func wxmlEvidence(_ u: WXMLUse) -> Evidence {
        Evidence(.wxmlElement, file: u.file, location: u.page, detail: u.excerpt)
    }
}
