import ArgumentParser
import Foundation
import MingchaKit

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Scan one app package and report its facts and findings.")

    @Argument(help: "The package to scan (.apk, .apks, .xapk, .wxapkg, or a folder of one mini-program's packages).")
    var path: String

    @Option(help: "Report format: text, json, sarif or html.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "The app's privacy policy (HTML, text or Markdown).")
    var policy: String?

    @Option(help: "The app's category (id or name from Signatures/categories.json) for necessary-scope rules.")
    var category: String?

    @Option(help: "Mini-program appid, to decrypt a PC-encrypted package whose path does not carry it.")
    var appid: String?

    @Option(help: "Report language: zh or en.")
    var lang: String = "zh"

    func run() throws {
        var options = ScanOptions()
        options.policyPath = policy
        options.category = category
        options.appid = appid
        let report = Scanner.scan(path: path, options: options)
        let text: String
        switch format {
        case "json": text = String(decoding: try JSONOutput.data(report), as: UTF8.self) + "\n"
        case "sarif": text = try SARIFReport.render([report], lang: lang)
        case "html": text = HTMLReport.render(report, lang: lang)
        case "text": text = TextReport.render(report, lang: lang)
        default: throw ValidationError("--format must be text, json, sarif or html")
        }
        if let output { try text.write(toFile: output, atomically: true, encoding: .utf8) } else { print(text, terminator: "") }
        if report.status == .error { throw ExitCode(3) }
    }
}
