import Foundation

/// Reads a `MiniProgramBundle` into `MiniProgramFacts`: config of the main package, JS of every
/// code package, WXML, UI wording, bundled policy pages and policy URLs.
public enum MiniProgramAnalyzer {
    static let maxPolicyURLs = 50

    public static func analyze(_ bundle: MiniProgramBundle, catalogue: MiniProgramAPICatalogue, limits: ScanLimits = ScanLimits()) -> MiniProgramFacts {
        var f = MiniProgramFacts()
        f.appid = bundle.appid
        f.notes = bundle.notes
        f.problems = bundle.problems
        f.packages = bundle.packages.map {
            MiniProgramFacts.PackageSummary(label: $0.label, role: $0.role, form: $0.form, files: $0.files.count,
                                            pluginId: $0.role == .plugin ? pluginId($0) : nil)
        }
        if let main = bundle.main {
            for name in ["app-config.json", "app.json", "game.json"] {
                guard let bytes = main.files[name] else { continue }
                do {
                    f.config = try AppConfig.parse(bytes, file: name)
                    f.configFile = f.evidenceFile(package: main.label, file: name)
                } catch { f.problems.append(ScanProblem(error)) }
                break
            }
        }
        let receivers = Set(catalogue.receivers)
        let apiNames = Set(catalogue.apis.map(\.name))
        let consent = Set(catalogue.consentAPIs)
        let others = Set(catalogue.authorizeAPIs + catalogue.exitAPIs)
        var jsModules: [String: ([UInt8], Range<Int>)] = [:]
        for pkg in bundle.codePackages {
            for name in pkg.names {
                guard let slice = pkg.files[name] else { continue }
                let t = [UInt8](slice)
                let file = f.evidenceFile(package: pkg.label, file: name)
                if name.hasSuffix(".js") && !WXMLScanner.isWXMLFile(name) {
                    let aliases = JSScanner.aliases(t, receivers: receivers)
                    for m in JSText.modules(t, file: name) {
                        jsModules[m.name] = (t, m.range)
                        f.jsFiles.append(m.name)
                        if JSText.find(Array(t[m.range]), Array("etStorage".utf8), from: 0) != nil { f.modulesWithStorage.insert(m.name) }
                    }
                    if !f.jsFiles.contains(name) { f.jsFiles.append(name) }
                    for c in JSScanner.scan(t, file: file, package: pkg.label, names: apiNames.union(others), receivers: receivers,
                                                aliases: aliases, consentNames: consent) {
                        if consent.contains(c.api) { f.consentCalls.append(c) }
                        else if catalogue.authorizeAPIs.contains(c.api) { f.authorizeCalls.append(c) }
                        else if catalogue.exitAPIs.contains(c.api) { f.exitCalls.append(c) }
                        else { f.calls.append(c) }
                    }
                }
                if isPolicyFile(name, hints: catalogue.policyFileHints), t.count <= limits.maxPolicyBytes {
                    f.policyCandidates.append(PolicyCandidate(path: file, bytes: t))
                }
                if name.hasSuffix(".js") || name.hasSuffix(".json") || name.hasSuffix(".html") || name.hasSuffix(".wxml") {
                    collectURLs(t, hints: catalogue.policyFileHints, into: &f.policyURLs)
                }
            }
        }
        scanWXML(bundle, catalogue: catalogue, modules: jsModules, limits: limits, into: &f)
        f.jsFiles = Array(Set(f.jsFiles)).sorted()
        f.policyURLs = Array(Set(f.policyURLs)).sorted()
        return f
    }

    static func scanWXML(_ bundle: MiniProgramBundle, catalogue: MiniProgramAPICatalogue, modules: [String: ([UInt8], Range<Int>)],
                         limits: ScanLimits, into f: inout MiniProgramFacts) {
        let openTypes = Set(catalogue.openTypes.map(\.name) + catalogue.consentOpenTypes)
        let components = Set(catalogue.components.map(\.name))
        let groups: [(String, [String])] = [
            ("impliedConsent", catalogue.uiText.impliedConsent), ("agreement", catalogue.uiText.agreement),
            ("accounts", catalogue.uiText.accounts), ("accountDeletion", catalogue.uiText.accountDeletion),
            ("personalisation", catalogue.uiText.personalisation), ("withdrawConsent", catalogue.uiText.withdrawConsent),
        ]
        // A bound `checked="{{x}}"` is on by default when the page's data starts x as true.
        let pageDataTrue: (String?, String) -> Bool = { page, name in
            guard let page, let (t, r) = modules[page + ".js"] else { return false }
            let text = String(decoding: t[r], as: UTF8.self).replacingOccurrences(of: " ", with: "")
            return ["\(name):!0", "\(name):true", "\"\(name)\":true", "'\(name)':true"].contains { text.contains($0) }
        }
        for pkg in bundle.codePackages {
            for name in pkg.names where WXMLScanner.isWXMLFile(name) {
                guard let slice = pkg.files[name] else { continue }
                f.wxmlRead = true
                let t = [UInt8](slice)
                let file = f.evidenceFile(package: pkg.label, file: name)
                if let pages = WXMLScanner.pages(t, file: file) {
                    for page in pages {
                        f.wxml += WXMLScanner.uses(page, package: pkg.label, openTypes: openTypes, components: components)
                        f.checkboxes += WXMLScanner.checkboxes(page, package: pkg.label, agreementWords: catalogue.uiText.agreement,
                                                               pageDataTrue: pageDataTrue)
                        addText(page.text, page: page.page, file: file, groups: groups, into: &f)
                        if !name.hasSuffix(".wxml"), let p = page.page, isPolicyFile(p, hints: catalogue.policyFileHints),
                           page.text.utf8.count <= limits.maxPolicyBytes {
                            f.policyCandidates.append(PolicyCandidate(path: file + "#" + p, bytes: Array(page.text.utf8)))
                        }
                    }
                    continue
                }
                // Unrecognised layout: per-page blocks at each './x.wxml' literal, literals as values.
                for block in WXMLScanner.blocks(t, file: file) {
                    f.wxml += WXMLScanner.uses(t, block, package: pkg.label, openTypes: openTypes, components: components)
                    f.checkboxes += WXMLScanner.checkboxes(t, block, package: pkg.label, agreementWords: catalogue.uiText.agreement,
                                                           pageDataTrue: pageDataTrue)
                    addText(String(decoding: t[block.range], as: UTF8.self), page: block.page, file: file, groups: groups, into: &f)
                }
            }
        }
    }

    /// UI wording of each group found in a page's text (byte search: Foundation's `contains` on
    /// Chinese text is slow on Linux).
    static func addText(_ text: String, page: String?, file: String, groups: [(String, [String])], into f: inout MiniProgramFacts) {
        let bytes = Array(text.utf8)
        for (group, words) in groups {
            for w in words where JSText.find(bytes, Array(w.utf8), from: 0) != nil {
                f.uiText[group, default: []].append(Evidence(.wxmlElement, file: file, location: page, detail: w))
            }
        }
    }

    static func isPolicyFile(_ name: String, hints: [String]) -> Bool {
        let lower = name.lowercased()
        let textLike = [".html", ".htm", ".txt", ".md", ".wxml"].contains { lower.hasSuffix($0) } || !lower.contains(".")
        return textLike && hints.contains { lower.contains($0) } && !WXMLScanner.compiledNames.contains((lower as NSString).lastPathComponent)
    }

    /// http(s) URLs whose text names a policy or agreement.
    static func collectURLs(_ t: [UInt8], hints: [String], into out: inout [String]) {
        let pat = Array("http".utf8)
        var i = 0
        while out.count < maxPolicyURLs, let k = JSText.find(t, pat, from: i) {
            var j = k
            while j < t.count, j - k < 512, t[j] > 32, t[j] != 34, t[j] != 39, t[j] != 41, t[j] != 96, t[j] != 92 { j += 1 }
            i = max(j, k + 4)
            let url = String(decoding: t[k..<j], as: UTF8.self)
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else { continue }
            let lower = url.lowercased()
            if hints.contains(where: { lower.contains($0) }) { out.append(url) }
        }
    }

    /// `definePlugin("plugin://wx…/…")` in the plugin's JS, else an appid in the package path.
    static func pluginId(_ p: MiniProgramBundle.Package) -> String? {
        for name in p.names where name.hasSuffix(".js") {
            guard let s = p.files[name] else { continue }
            let head = String(decoding: s.prefix(200), as: UTF8.self)
            if let r = head.range(of: "plugin://") {
                let id = head[r.upperBound...].prefix(18)
                if WxapkgAppID.isValid(String(id)) { return String(id) }
            }
        }
        return WxapkgAppID.fromPath(p.label)
    }
}
