import ArgumentParser
import MingchaKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, the legal basis and how to fix it.")

    @Argument(help: "Rule id, e.g. policy.undisclosed-sdk (see `mingcha rules`).")
    var rule: String

    @Option(help: "Language: zh or en.")
    var lang: String = "zh"

    @Option(help: "Output format: text or json.")
    var format: RulesCommand.Format = .text

    func run() throws {
        guard let r = RuleCatalogue.rule(id: rule) else {
            let near = RuleCatalogue.all.map { $0.meta.id }.filter { id in
                id.contains(rule) || rule.split(separator: ".").last.map { id.contains($0) } == true
            }
            throw ValidationError("no rule has the id '\(rule)'" + (near.isEmpty ? "; see `mingcha rules`" : "; did you mean: " + near.joined(separator: ", ")))
        }
        let m = r.meta
        if format == .json { print(try JSONOutput.string(m)); return }
        let en = lang == "en"
        let types = m.types.map { n in "\(n) " + (ViolationTypes.ten[n]?.text(lang) ?? "") }
        let miit = m.miitCategory.map { $0 + " " + (ViolationTypes.miit[$0]?.text(lang) ?? "") }
        var out = ["\(m.id)  \(m.title.text(lang))", ""]
        out.append((en ? "Problem type: " : "问题类型：") + (types.isEmpty ? "—" : types.joined(separator: "; ")))
        out.append((en ? "MIIT category: " : "工信部通报类别：") + (miit ?? "—"))
        out.append((en ? "Severity: " : "严重程度：") + (ViolationTypes.severity[m.severity]?.text(lang) ?? m.severity.rawValue)
                   + (en ? "   Confidence: " : "   置信度：") + (ViolationTypes.confidence[m.confidence]?.text(lang) ?? m.confidence.rawValue))
        out.append((en ? "Platforms: " : "适用平台：") + m.platforms.map(\.rawValue).joined(separator: ", "))
        if m.needsDynamicCheck { out.append(en ? "Needs a dynamic check to confirm." : "需动态检测确认。") }
        out.append("")
        out.append(en ? "What it checks:" : "检查内容：")
        out.append("  " + m.checks.text(lang))
        out.append(en ? "Legal basis:" : "法律依据：")
        out += m.legalBasis.isEmpty ? ["  —"] : m.legalBasis.map { "  " + $0 }
        out.append(en ? "How to fix:" : "整改建议：")
        out.append("  " + m.remediation.text(lang))
        print(out.joined(separator: "\n"))
    }
}
