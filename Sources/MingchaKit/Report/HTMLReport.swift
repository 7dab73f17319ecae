/// A self-contained HTML page per app (inline CSS, no scripts, no external requests) that a tester
/// can hand back: identity, a verdict per problem type, findings with evidence, SDKs, permissions.
public enum HTMLReport {
    public static func render(_ r: ScanReport, lang: String = "zh") -> String {
        let t = Words(lang: lang)
        var b = page(title: "\(t.report) · \(r.displayName)", lang: lang)
        let id = r.facts?.identity
        b += "<h1>\(esc(r.displayName))</h1>\n<table class=kv>"
        b += kv(t.appId, id?.id ?? "—") + kv(t.version, [id?.versionName, id?.versionCode.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        b += kv(t.developer, id?.developer ?? "—") + kv(t.file, r.input.fileName) + kv("SHA-256", r.input.sha256)
        b += kv(t.kind, r.input.kind) + kv(t.status, r.status.rawValue)
        b += kv(t.tool, "mingcha \(r.tool.version) · KB \(r.tool.knowledgeBaseVersion) · rules \(r.tool.rulesVersion)")
        b += "</table>\n"
        if !r.problems.isEmpty {
            b += "<div class=warn><b>\(t.problems)</b><ul>" + r.problems.map { "<li><code>\(esc($0.code))</code> \(esc($0.message))</li>" }.joined() + "</ul></div>\n"
        }
        for l in r.facts?.limitations ?? [] { b += "<div class=warn>\(esc(l))</div>\n" }

        // Verdict per type: the regulator's ten problems first, then the MIIT categories.
        b += "<h2>\(t.verdicts)</h2>\n<table class=grid><tr><th>#</th><th>\(t.problemType)</th><th>\(t.verdict)</th><th>\(t.rules)</th></tr>"
        for n in 1...10 {
            let fs = r.findings.filter { $0.types.contains(n) && $0.severity > .info }
            b += "<tr><td>\(n)</td><td>\(esc(ViolationTypes.ten[n]!.text(lang)))</td>" + verdictCell(fs, t) +
                 "<td>\(esc(Set(fs.map { $0.ruleId }).sorted().joined(separator: ", ")))</td></tr>"
        }
        for c in ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "SDK"] {
            let fs = r.findings.filter { ($0.miitCategory ?? "").split(separator: ",").contains(Substring(c)) && $0.severity > .info }
            b += "<tr><td>\(c)</td><td>\(esc(ViolationTypes.miit[c]!.text(lang)))</td>" + verdictCell(fs, t) +
                 "<td>\(esc(Set(fs.map { $0.ruleId }).sorted().joined(separator: ", ")))</td></tr>"
        }
        b += "</table>\n"

        b += "<h2>\(t.findings) (\(r.findings.count))</h2>\n"
        if r.findings.isEmpty { b += "<p>\(t.none)</p>\n" }
        for f in r.sortedFindings {
            b += "<section class=\"finding \(f.severity.rawValue)\" id=\"\(esc(f.ruleId))\">"
            b += "<h3><span class=sev>\(esc(ViolationTypes.severity[f.severity]!.text(lang)))</span> \(esc(f.title.text(lang))) <code>\(esc(f.ruleId))</code></h3>"
            b += "<p>\(esc(f.message.text(lang)))</p><p class=meta>"
            b += esc(ViolationTypes.labels(of: f, lang: lang).joined(separator: " · ")) + " · " + esc(ViolationTypes.confidence[f.confidence]!.text(lang))
            if let sdk = f.sdk { b += " · SDK: " + esc(sdk) }
            b += "<br>\(t.basis): " + esc(f.legalBasis.joined(separator: "；")) + "</p>"
            b += "<table class=ev><tr><th>\(t.evidenceKind)</th><th>\(t.where)</th><th>\(t.what)</th></tr>"
            for e in f.evidence {
                let whereText = [e.file, e.location].compactMap { $0 }.joined(separator: " · ")
                var what = esc(e.detail ?? "")
                if let path = e.path, !path.isEmpty { what += "<br><small>" + path.map(esc).joined(separator: " → ") + "</small>" }
                b += "<tr><td>\(esc(e.kind.rawValue))</td><td><code>\(esc(whereText))</code></td><td>\(what)</td></tr>"
            }
            b += "</table><p class=fix>\(t.fix): \(esc(f.remediation.text(lang)))</p></section>\n"
        }

        if let facts = r.facts {
            b += "<h2>\(t.sdks) (\(facts.sdks.count))</h2>\n<table class=grid><tr><th>SDK</th><th>\(t.vendor)</th><th>\(t.category)</th><th>\(t.strength)</th><th>\(t.collects)</th><th>\(t.evidence)</th></tr>"
            for s in facts.sdks.sorted(by: { $0.id < $1.id }) {
                b += "<tr><td>\(esc(s.nameZh ?? s.nameEn))<br><small>\(esc(s.id))</small></td><td>\(esc(s.vendor ?? "—"))</td><td>\(esc(s.category))</td><td>\(esc(s.strength.rawValue))</td>"
                b += "<td>\(esc(s.collects.isEmpty ? t.unknown : s.collects.map { $0.rawValue }.joined(separator: ", ")))</td>"
                b += "<td><small>\(s.evidence.prefix(3).map { esc($0.oneLine) }.joined(separator: "<br>"))</small></td></tr>"
            }
            b += "</table>\n<h2>\(t.permissions) (\(facts.permissions.count))</h2>\n<table class=grid><tr><th>\(t.permission)</th><th>\(t.name)</th><th>\(t.info)</th><th>\(t.sensitive)</th></tr>"
            for p in facts.permissions.sorted(by: { $0.name < $1.name }) {
                b += "<tr><td><code>\(esc(p.name))</code></td><td>\(esc(p.zhName ?? ""))</td><td>\(esc(p.infoTypes.map { $0.rawValue }.joined(separator: ", ")))</td><td>\(p.sensitive ? "●" : "")</td></tr>"
            }
            b += "</table>\n<h2>\(t.collection)</h2>\n<table class=grid><tr><th>\(t.info)</th><th>\(t.collector)</th><th>\(t.channel)</th><th>\(t.evidence)</th></tr>"
            for c in facts.collection.sorted(by: { ($0.infoType.rawValue, collectorName($0.collector)) < ($1.infoType.rawValue, collectorName($1.collector)) }) {
                b += "<tr><td>\(esc(c.infoType.rawValue))</td><td>\(esc(collectorName(c.collector)))</td><td>\(esc(c.channel.rawValue))</td><td><small>\(c.evidence.prefix(2).map { esc($0.oneLine) }.joined(separator: "<br>"))</small></td></tr>"
            }
            b += "</table>\n"
            b += policySection(facts.policy, t)
        }
        b += "<footer>\(t.footer)</footer></body></html>\n"
        return b
    }

    /// A batch index: one row per app, linking to its page.
    public static func index(_ reports: [(report: ScanReport, href: String?)], lang: String = "zh") -> String {
        index(entries: reports.map { IndexEntry(report: $0.report, href: $0.href) }, lang: lang)
    }

    /// One row of the batch index; `name` and `source` come from the batch list.
    public struct IndexEntry {
        public var report: ScanReport
        public var href: String?
        public var name: String?
        public var source: String?
        public init(report: ScanReport, href: String?, name: String? = nil, source: String? = nil) {
            self.report = report; self.href = href; self.name = name; self.source = source
        }
    }

    public static func index(entries: [IndexEntry], lang: String = "zh") -> String {
        indexHead(apps: entries.count, errors: entries.filter { $0.report.status == .error }.count, lang: lang)
            + entries.map { indexRow($0, lang: lang) }.joined() + indexTail(lang: lang)
    }

    // The index in three parts, so a batch can write its rows as the apps finish.

    static func indexHead(apps: Int, errors: Int, lang: String) -> String {
        let t = Words(lang: lang)
        var b = page(title: t.batchTitle, lang: lang)
        b += "<h1>\(t.batchTitle)</h1><p>\(apps) \(t.apps) · \(errors) \(t.errors)</p>"
        b += "<table class=grid><tr><th>\(t.app)</th><th>\(t.source)</th><th>\(t.version)</th><th>\(t.status)</th>" + (1...10).map { "<th>\($0)</th>" }.joined() + "<th>\(t.findings)</th></tr>"
        return b
    }

    static func indexRow(_ e: IndexEntry, lang: String) -> String {
        let r = e.report, href = e.href
        let name = esc(e.name ?? r.displayName)
        var b = "<tr><td>" + (href.map { "<a href=\"\(esc($0))\">\(name)</a>" } ?? name) + "<br><small>\(esc(r.facts?.identity.id ?? r.input.fileName))</small></td>"
        b += "<td>\(esc(e.source ?? ""))</td><td>\(esc(r.facts?.identity.versionName ?? ""))</td><td>\(esc(r.status.rawValue))" + (r.problems.first.map { "<br><small>\(esc($0.code)): \(esc($0.message))</small>" } ?? "") + "</td>"
        for n in 1...10 {
            let c = r.findings.filter { $0.types.contains(n) && $0.severity > .info }.count
            b += c == 0 ? "<td></td>" : "<td class=hit>\(c)</td>"
        }
        b += "<td>\(r.findings.count)</td></tr>"
        return b
    }

    static func indexTail(lang: String) -> String {
        "</table><footer>\(Words(lang: lang).footer)</footer></body></html>\n"
    }

    /// What the privacy policy says, as the rules read it: where it is, what it lists, and the
    /// terms testers check by hand (deletion, contact, withdrawal, dates).
    static func policySection(_ policy: PolicySummary?, _ t: Words) -> String {
        var b = "<h2>\(t.policy)</h2>\n"
        guard let p = policy else { return b + "<p>\(t.policyNotRead)</p>\n" }
        func yes(_ v: Bool?) -> String { v.map { $0 ? t.yes : t.no } ?? "—" }
        b += "<table class=kv>"
        b += kv(t.availability, p.availability.rawValue)
        b += kv(t.where, p.source.map(\.oneLine).joined(separator: "; ").isEmpty ? "—" : p.source.map(\.oneLine).joined(separator: "; "))
        if !p.urls.isEmpty { b += kv("URL", p.urls.joined(separator: " ")) }
        for f in p.fetches ?? [] {
            let what = f.error ?? "HTTP \(f.httpStatus ?? 0), \(f.bytes) B, \(f.isPolicy == true ? t.isPolicy : t.notPolicy)"
            b += kv(t.fetched, "\(f.url) → \(what)" + (f.savedAs.map { " · \($0)" } ?? ""))
        }
        b += kv(t.dates, [p.updatedDate.map { t.updated + " " + $0 }, p.effectiveDate.map { t.effective + " " + $0 }].compactMap { $0 }.joined(separator: "; "))
        let deletion = p.deletion.described
            ? t.yes + (p.deletion.limit.map { " (\($0) \(p.deletion.unit?.rawValue ?? ""))" } ?? "") + (p.deletion.conditions.isEmpty ? "" : " · \(t.conditions) \(p.deletion.conditions.count)")
            : t.no
        b += kv(t.deletion, deletion)
        b += kv(t.contact, ([p.contact.operatorName].compactMap { $0 } + p.contact.channels.map { "\($0.kind.rawValue): \($0.value)" }).joined(separator: "; ")
                + (p.contact.complaintChannel ? " · \(t.complaint)" : ""))
        b += kv(t.withdrawal, yes(p.withdrawalDescribed))
        b += kv(t.personalisation, p.personalisation.described ? t.yes + " · opt-out " + yes(p.personalisation.optOutDescribed) : t.no)
        b += kv(t.vague, String(p.vagueness.count)) + "</table>\n"
        b += "<table class=grid><tr><th>\(t.info)</th><th>\(t.purpose)</th><th>\(t.necessity)</th><th>\(t.evidence)</th></tr>"
        for m in p.mentions.sorted(by: { $0.type.rawValue < $1.type.rawValue }) {
            b += "<tr><td>\(esc(m.type.rawValue))</td><td>\(yes(m.purposeStated))</td><td>\(yes(m.necessityStated))</td><td><small>\(m.evidence.prefix(2).map { esc($0.oneLine) }.joined(separator: "<br>"))</small></td></tr>"
        }
        for m in p.negations.sorted(by: { $0.type.rawValue < $1.type.rawValue }) {
            b += "<tr><td>\(esc(m.type.rawValue)) (\(t.notCollected))</td><td></td><td></td><td><small>\(m.evidence.prefix(2).map { esc($0.oneLine) }.joined(separator: "<br>"))</small></td></tr>"
        }
        b += "</table>\n"
        if !p.sdkDisclosures.isEmpty {
            b += "<table class=grid><tr><th>\(t.sdkListed)</th><th>\(t.vendor)</th><th>\(t.info)</th><th>\(t.purpose)</th></tr>"
            for d in p.sdkDisclosures {
                b += "<tr><td>\(esc(d.name))" + (d.sdkId.map { "<br><small>\(esc($0))</small>" } ?? "") + "</td><td>\(esc(d.vendor ?? "—"))</td><td>\(esc(d.infoTypes.map(\.rawValue).joined(separator: ", ")))</td><td>\(esc(d.purpose ?? ""))</td></tr>"
            }
            b += "</table>\n"
        }
        return b
    }

    static func collectorName(_ c: CollectionFact.Collector) -> String {
        switch c { case .app: return "app"; case .sdk(let id): return "SDK " + id }
    }

    static func verdictCell(_ fs: [Finding], _ t: Words) -> String {
        if fs.isEmpty { return "<td class=ok>\(t.notFound)</td>" }
        if fs.contains(where: { $0.confidence == .confirmed }) { return "<td class=bad>\(t.found) (\(fs.count))</td>" }
        return "<td class=sus>\(t.suspected) (\(fs.count))</td>"
    }

    static func kv(_ k: String, _ v: String) -> String { "<tr><th>\(esc(k))</th><td>\(esc(v))</td></tr>" }

    public static func esc(_ s: String) -> String {
        // Most text has nothing to escape: it is handed back as it is, not rebuilt scalar by scalar.
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.unicodeScalars.append(c)
            }
        }
        return o
    }

    static func page(title: String, lang: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang == "en" ? "en" : "zh-CN")"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
        h1{margin-bottom:.2em} h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
        table{border-collapse:collapse;width:100%;margin:.5em 0} th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
        table.kv th{width:10em;background:#f6f6f6} table.grid th{background:#f0f3f7}
        td.ok{color:#2a7a2a} td.bad{color:#fff;background:#c0392b} td.sus{background:#f5c26b} td.hit{background:#f8d7d3;text-align:center}
        .finding{border-left:6px solid #999;padding:.2em 1em;margin:1em 0;background:#fafafa}
        .finding.high{border-color:#c0392b} .finding.medium{border-color:#e67e22} .finding.low{border-color:#f1c40f} .finding.info{border-color:#3498db}
        .sev{display:inline-block;min-width:2.5em;text-align:center;background:#555;color:#fff;border-radius:3px;padding:0 .3em;font-size:.8em}
        .meta{color:#666;font-size:.9em} .fix{color:#225} .warn{background:#fff3cd;border:1px solid #e0c36a;padding:.5em;margin:.5em 0}
        code{font-size:.9em;word-break:break-all} footer{margin-top:3em;color:#888;font-size:.8em}
        </style></head><body>

        """
    }

    struct Words {
        let lang: String
        var en: Bool { lang == "en" }
        var report: String { en ? "Privacy compliance report" : "个人信息保护合规检测报告" }
        var appId: String { en ? "Package / appid" : "包名 / appid" }
        var version: String { en ? "Version" : "版本" }
        var developer: String { en ? "Developer" : "开发者" }
        var file: String { en ? "File" : "文件" }
        var kind: String { en ? "Package kind" : "包类型" }
        var status: String { en ? "Scan status" : "检测状态" }
        var tool: String { en ? "Tool" : "工具" }
        var problems: String { en ? "Problems while scanning" : "检测过程中的问题" }
        var verdicts: String { en ? "Verdict per problem type" : "各类问题结论" }
        var problemType: String { en ? "Problem type" : "问题类型" }
        var verdict: String { en ? "Verdict" : "结论" }
        var rules: String { en ? "Rules" : "规则" }
        var findings: String { en ? "Findings" : "发现的问题" }
        var none: String { en ? "No findings." : "未发现问题。" }
        var basis: String { en ? "Legal basis" : "依据" }
        var evidenceKind: String { en ? "Evidence" : "证据类型" }
        var `where`: String { en ? "Where" : "位置" }
        var what: String { en ? "What" : "内容" }
        var fix: String { en ? "How to fix" : "整改建议" }
        var sdks: String { en ? "Third-party SDKs" : "第三方SDK" }
        var vendor: String { en ? "Vendor" : "厂商" }
        var category: String { en ? "Category" : "类别" }
        var strength: String { en ? "Strength" : "检出程度" }
        var collects: String { en ? "Can collect" : "可能收集的信息" }
        var evidence: String { en ? "Evidence" : "证据" }
        var unknown: String { en ? "unknown" : "未知" }
        var permissions: String { en ? "Permissions" : "权限" }
        var permission: String { en ? "Permission" : "权限" }
        var name: String { en ? "Name" : "名称" }
        var info: String { en ? "Information" : "个人信息类型" }
        var sensitive: String { en ? "Sensitive" : "敏感" }
        var collection: String { en ? "Who can collect what" : "个人信息收集主体与来源" }
        var collector: String { en ? "Collector" : "收集方" }
        var channel: String { en ? "Shown by" : "依据" }
        var notFound: String { en ? "not found" : "未发现" }
        var found: String { en ? "found" : "存在" }
        var suspected: String { en ? "suspected" : "疑似" }
        var batchTitle: String { en ? "Batch scan results" : "批量检测结果" }
        var apps: String { en ? "apps" : "款应用" }
        var errors: String { en ? "could not be scanned" : "款无法检测" }
        var app: String { en ? "App" : "应用" }
        var source: String { en ? "Source" : "来源" }
        var policy: String { en ? "Privacy policy" : "隐私政策" }
        var policyNotRead: String { en ? "No policy was looked for in this scan." : "本次检测未查找隐私政策。" }
        var availability: String { en ? "Found" : "获取方式" }
        var dates: String { en ? "Dates" : "日期" }
        var fetched: String { en ? "Fetched" : "在线获取" }
        var isPolicy: String { en ? "a privacy policy" : "是隐私政策" }
        var notPolicy: String { en ? "not a privacy policy" : "不是隐私政策" }
        var updated: String { en ? "updated" : "更新" }
        var effective: String { en ? "effective" : "生效" }
        var deletion: String { en ? "Account deletion" : "账号注销" }
        var conditions: String { en ? "conditions" : "附加条件" }
        var contact: String { en ? "Operator / contact" : "运营者 / 联系方式" }
        var complaint: String { en ? "complaint channel" : "投诉渠道" }
        var withdrawal: String { en ? "Withdrawal of consent" : "撤回同意" }
        var personalisation: String { en ? "Personalised recommendation" : "个性化推荐" }
        var vague: String { en ? "Vague sentences" : "模糊表述" }
        var purpose: String { en ? "Purpose" : "目的" }
        var necessity: String { en ? "Necessity" : "必要性" }
        var notCollected: String { en ? "said not collected" : "声明不收集" }
        var sdkListed: String { en ? "Third party named" : "政策列明的第三方" }
        var yes: String { en ? "yes" : "是" }
        var no: String { en ? "no" : "否" }
        var footer: String {
            en ? "Static analysis: findings marked suspected point at runtime behaviour that a dynamic test must confirm."
               : "本报告基于静态分析：标为“疑似”的问题指向运行时行为，需动态检测确认。"
        }
    }
}
