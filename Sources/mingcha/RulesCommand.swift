import ArgumentParser
import Foundation
import MingchaKit

/// Flags that configure the rule engine; shared by `rules` and (for the pipeline) `scan`/`batch`.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules-config"), help: ArgumentHelp(
        "Rule configuration file (JSON). Keys: disabled [ids], only [ids], severity {id: info|low|medium|high}, category, thresholds {deletionWorkingDays (15), reRequestHours (48), bundledGroups (2), vagueMarkers (2), parentMentionCovers (true), adSDKCategories, sdkMinimumStrength}. Flags below override the file.",
        valueName: "file"))
    var rulesConfig: String?

    @Option(name: .customLong("disable"), help: ArgumentHelp("Do not run this rule (repeat, or separate ids with commas).", valueName: "rule-id"))
    var disable: [String] = []

    @Option(name: .customLong("only"), help: ArgumentHelp("Run only this rule (repeat, or separate ids with commas).", valueName: "rule-id"))
    var only: [String] = []

    @Option(name: .customLong("severity"), help: ArgumentHelp("Change a rule's severity, e.g. android.self-start=low (repeat).", valueName: "rule-id=level"))
    var severity: [String] = []

    @Option(name: .customLong("rules-category"), help: ArgumentHelp("App category (id or Chinese name from Signatures/categories.json) for necessary-scope rules.", valueName: "category"))
    var category: String?

    @Option(name: .customLong("deletion-days"), help: "Working days within which account deletion must complete (default 15).")
    var deletionDays: Int?

    @Option(name: .customLong("rerequest-hours"), help: "Hours within which a refused permission may not be asked again (default 48).")
    var reRequestHours: Int?

    /// The configuration file, then the flags on top of it.
    func makeConfig() throws -> RuleConfig {
        var c = try rulesConfig.map { try RuleConfig.load(path: $0) } ?? RuleConfig()
        let split = { (xs: [String]) in xs.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }
        c.disabled += split(disable)
        if !only.isEmpty { c.only = (c.only ?? []) + split(only) }
        for s in severity { try c.setSeverity(s) }
        if let category { c.category = category }
        if let deletionDays { c.thresholds.deletionWorkingDays = deletionDays }
        if let reRequestHours { c.thresholds.reRequestHours = reRequestHours }
        try c.validate(knownIds: Set(RuleCatalogue.all.map { $0.meta.id }))
        return c
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rule catalogue: id, severity, confidence, problem type, MIIT category, title.",
        discussion: """
        Severities shown are the effective ones under the given configuration; disabled rules are \
        marked. Problem types 1-10 are the Shanghai CAC list; C1-C7 and SDK are the MIIT notice \
        categories. Use `mingcha explain RULE` for what a rule checks, its legal basis and the fix.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Language of titles: zh or en.")
    var lang: String = "zh"

    @Option(help: "Only rules that run on this platform: android or miniprogram.")
    var platform: String?

    @Option(help: ArgumentHelp("Judge saved facts instead of listing rules: a scan report (JSON) or an AppFacts document. Prints the findings under the given configuration, without rescanning.", valueName: "file"))
    var facts: String?

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let config = try ruleOptions.makeConfig()
        if let facts { return try judge(path: facts, config: config) }
        var rules = RuleCatalogue.all
        if let platform {
            guard let p = AppIdentity.Platform(rawValue: platform) else { throw ValidationError("--platform must be android or miniprogram") }
            rules = rules.filter { $0.meta.platforms.contains(p) }
        }
        let rows: [Row] = rules.map { r in
            var m = r.meta
            if let s = config.severity[m.id] { m.severity = s }
            return Row(meta: m, enabled: config.isEnabled(m.id))
        }
        switch format {
        case .json:
            print(try JSONOutput.string(rows))
        case .text:
            print(RulesTable.render(rows, lang: lang))
        }
    }

    /// Re-runs the rules over facts saved in a report, so a batch can be re-judged with another
    /// configuration (category, thresholds) in seconds.
    func judge(path: String, config: RuleConfig) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        guard data.count <= 256 << 20 else { throw ValidationError("\(path) is larger than 256 MiB") }
        let decoder = JSONDecoder()
        let appFacts: AppFacts
        if let report = try? decoder.decode(ScanReport.self, from: data) {
            guard let f = report.facts else { throw ValidationError("\(path) is a report without facts (status \(report.status.rawValue))") }
            appFacts = f
        } else {
            do { appFacts = try decoder.decode(AppFacts.self, from: data) } catch {
                throw ValidationError("\(path) is neither a scan report nor an AppFacts document: \(error)")
            }
        }
        let engine = try RuleEngine.standard(config: config)
        let findings = engine.run(appFacts)
        switch format {
        case .json:
            print(try JSONOutput.string(findings))
        case .text:
            let en = lang == "en"
            print((appFacts.identity.nameZh ?? appFacts.identity.name ?? appFacts.identity.id) + (en ? ": \(findings.count) finding(s)" : "：\(findings.count)项问题"))
            for f in findings {
                let cats = ViolationTypes.labels(of: f, lang: lang).joined(separator: ",")
                print("  [\(f.severity.rawValue)] \(f.ruleId) (\(cats); \(f.confidence.rawValue)) \(f.message.text(lang))")
                for e in f.evidence.prefix(3) { print("      - \(e.oneLine)") }
            }
        }
    }

    struct Row: Encodable {
        var meta: RuleMeta
        var enabled: Bool
        func encode(to encoder: Encoder) throws {
            try meta.encode(to: encoder)
            var c = encoder.container(keyedBy: K.self)
            try c.encode(enabled, forKey: .enabled)
        }
        enum K: String, CodingKey { case enabled }
    }
}

/// The plain-text catalogue table.
enum RulesTable {
    static func render(_ rows: [RulesCommand.Row], lang: String) -> String {
        let idWidth = max(4, rows.map { $0.meta.id.count }.max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        var lines = [pad("id", idWidth) + "  " + pad("severity", 8) + "  " + pad("confidence", 10) + "  " + pad("types", 5) + "  " + pad("MIIT", 4) + "  title"]
        for r in rows {
            let m = r.meta
            let types = m.types.isEmpty ? "—" : m.types.map(String.init).joined(separator: ",")
            lines.append(pad(m.id, idWidth) + "  " + pad(m.severity.rawValue, 8) + "  " + pad(m.confidence.rawValue, 10) + "  "
                         + pad(types, 5) + "  " + pad(m.miitCategory ?? "—", 4) + "  " + m.title.text(lang) + (r.enabled ? "" : (lang == "en" ? " [disabled]" : " [已停用]")))
        }
        let enabled = rows.filter(\.enabled).count
        lines.append(lang == "en" ? "\(rows.count) rules, \(enabled) enabled (rules version \(RuleCatalogue.version))"
                                  : "共\(rows.count)条规则，启用\(enabled)条（规则版本 \(RuleCatalogue.version)）")
        return lines.joined(separator: "\n")
    }
}
