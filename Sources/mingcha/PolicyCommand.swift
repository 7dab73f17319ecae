import ArgumentParser
import Foundation
import MingchaKit

/// `mingcha policy FILE...`: read privacy policies and print their structure and facts.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Read a privacy policy and print what it discloses.",
        discussion: """
        text: sections, tables and the facts with their evidence; json: {document, classification, summary}; \
        jsonl: one compact line per file {file, classification, summary} or {file, error} (for evaluation over many files). \
        Exit code 3 when a file cannot be read.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @Argument(help: "Policy files (HTML, plain text or Markdown; UTF-8, GBK/GB18030 or UTF-16).")
    var files: [String]

    @Option(help: "Output: text, json or jsonl.")
    var format: Format = .text

    @Flag(help: "Print timing of reading and extraction to standard error.")
    var time = false

    func run() throws {
        let terms = try PolicyTerms.standard()
        var failed = false
        for path in files {
            let start = DispatchTime.now()
            do {
                let doc = try PolicyReader.readFile(path)
                let verdict = PolicyClassifier.classify(doc, terms: terms)
                let src = Evidence(.input, file: path, location: doc.title, detail: "\(doc.format.rawValue), \(doc.encoding); \(verdict.reason)")
                let summary = PolicyReader.summary(of: doc, availability: .supplied, source: [src], terms: terms)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
                if time { FileHandle.standardError.write("\(path): \(String(format: "%.1f", ms)) ms\n".data(using: .utf8) ?? Data()) }
                switch format {
                case .json:
                    print(try JSONOutput.string(Output(file: path, document: doc, classification: verdict, summary: summary)))
                case .jsonl:
                    print(try JSONOutput.string(Line(file: path, classification: verdict, summary: summary, error: nil), pretty: false))
                case .text:
                    print(PolicyTextView.render(doc, verdict, summary))
                }
            } catch {
                failed = true
                let code = (error as? MingchaError)?.code ?? "policy.error"
                if format == .jsonl {
                    print((try? JSONOutput.string(Line(file: path, classification: nil, summary: nil, error: "\(code): \(error)"), pretty: false)) ?? "")
                } else {
                    FileHandle.standardError.write("mingcha policy: \(code): \(error)\n".data(using: .utf8) ?? Data())
                }
            }
        }
        if failed { throw ExitCode(3) }
    }

    struct Output: Encodable {
        var file: String
        var document: PolicyDocument
        var classification: PolicyClassifier.Verdict
        var summary: PolicySummary
    }
    struct Line: Encodable {
        var file: String
        var classification: PolicyClassifier.Verdict?
        var summary: PolicySummary?
        var error: String?
    }
}
