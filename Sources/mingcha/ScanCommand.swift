import ArgumentParser
import Foundation
import MingchaKit

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Scan one app package and report its facts and findings.",
        discussion: """
        Exit codes: 0 pass; 1 findings at or above --fail-on that the baseline does not accept; \
        2 usage error; 3 the app could not be scanned.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, html }
    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case info, low, medium, high, none
        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    @Argument(help: "The package to scan (.apk, .apks, .xapk, .wxapkg, or a folder of one mini-program's packages).")
    var path: String

    @Option(help: "Report format: text, json, sarif or html (default: a text summary on a terminal, the JSON document otherwise).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this severity (info, low, medium, high) is not in the baseline; none never fails.")
    var failOn: FailLevel = .none

    @Option(help: ArgumentHelp("Accepted findings: a previous JSON report, a SARIF log, a batch results.jsonl, a --write-baseline file, or one fingerprint per line.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write this scan's finding fingerprints to a baseline file (JSON) for later --baseline.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: "The app's privacy policy (HTML, text or Markdown).")
    var policy: String?

    @Option(name: .customLong("policy-url"), help: ArgumentHelp("The app's privacy-policy URL (repeatable): recorded, and fetched with --fetch-policies.", valueName: "url"))
    var policyURLs: [String] = []

    @Flag(name: .customLong("one-thread"), help: "Do all the work on one thread (by default a second core inflates and analyses alongside). For running several scans side by side, one per core, as batch does.")
    var oneThread = false

    @Flag(name: .customLong("fetch-policies"), help: "Download the policy URLs (--policy-url first, then those found in the package; http/https only, bounded time, size and redirects) and read the first that is a privacy policy.")
    var fetchPolicies = false

    @Option(name: .customLong("fetch-dir"), help: ArgumentHelp("Where --fetch-policies saves what it downloaded (default: next to --output as NAME-policies/, else ./mingcha-policies/APP/).", valueName: "dir"))
    var fetchDir: String?

    @Option(name: .customLong("fetch-timeout"), help: ArgumentHelp("Seconds allowed per policy URL with --fetch-policies.", valueName: "seconds"))
    var fetchTimeout: Double = 20

    @Option(name: .customLong("fetch-urls"), help: ArgumentHelp("At most this many policy URLs tried per app with --fetch-policies (supplied ones first).", valueName: "n"))
    var fetchURLs = 3

    @Option(help: "The app's category (id or name from Signatures/categories.json) for necessary-scope rules.")
    var category: String?

    @Option(help: "Mini-program appid, to decrypt a PC-encrypted package whose path does not carry it.")
    var appid: String?

    @Option(help: ArgumentHelp("Rule configuration file (JSON): disabled rules, severities, thresholds.", valueName: "file"))
    var rules: String?

    @Option(name: .customLong("app-name"), help: "The app's name as a list gives it (wins over the package's label).")
    var appName: String?

    @Option(help: "The app's developer as a list gives it.")
    var developer: String?

    @Option(help: "Where the package came from (store, channel).")
    var source: String?

    @Option(help: "Report language: zh or en.")
    var lang: String = "zh"

    @Option(name: .customLong("limit"), help: ArgumentHelp(
        "Change one per-app limit, as name=value (repeatable): " + ScanLimits.names.map { "\($0.name) (\($0.meaning))" }.joined(separator: ", ") + ".",
        valueName: "name=value"))
    var limitSettings: [String] = []

    @Option(name: .customLong("known-sha256"), help: ArgumentHelp(
        "The package's SHA-256 as its caller just computed it, reported instead of hashing the file again (batch passes it to each child).",
        valueName: "hex", visibility: .hidden))
    var knownSHA256: String?

    func validate() throws {
        if let knownSHA256, !ScanOptions.isSHA256Hex(knownSHA256) {
            throw ValidationError("--known-sha256 must be 64 lowercase hex digits")
        }
        var probe = ScanLimits()
        do { try probe.apply(limitSettings) } catch { throw ValidationError("--limit: \(error)") }
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang must be zh or en") }
        if let rules, !FileManager.default.fileExists(atPath: rules) { throw ValidationError("--rules: no such file \(rules)") }
        if let baseline, !FileManager.default.fileExists(atPath: baseline) { throw ValidationError("--baseline: no such file \(baseline)") }
        guard fetchURLs >= 1, fetchURLs <= 50 else { throw ValidationError("--fetch-urls must be 1...50") }
        guard fetchTimeout > 0, fetchTimeout <= 600 else { throw ValidationError("--fetch-timeout must be between 0 and 600 seconds") }
        for u in policyURLs {
            let l = u.lowercased()
            guard l.hasPrefix("http://") || l.hasPrefix("https://") else { throw ValidationError("--policy-url must be an http or https URL: \(u)") }
        }
    }

    /// Next to the report when there is one, so the copies travel with it.
    var fetchDirectory: String {
        if let fetchDir { return fetchDir }
        if let output {
            let u = URL(fileURLWithPath: output)
            return u.deletingPathExtension().path + "-policies"
        }
        return "mingcha-policies/" + URL(fileURLWithPath: path).lastPathComponent
    }

    func run() throws {
        MallocTuning.oneArena()
        TestHooks.sleepIfAsked(for: path)
        // Read the baseline before scanning: a malformed one is a usage error, not a finding.
        let accepted: Baseline
        do { accepted = try baseline.map { try Baseline.load(path: $0) } ?? Baseline() } catch {
            throw ValidationError("\(error)")
        }
        var options = ScanOptions()
        try options.limits.apply(limitSettings)
        options.policyPath = policy
        options.policyURLs = policyURLs
        if fetchPolicies {
            var fetch = PolicyFetchSettings(directory: fetchDirectory)
            fetch.timeoutSeconds = fetchTimeout
            fetch.maxURLs = fetchURLs
            options.fetchPolicies = fetch
        }
        options.category = category
        options.singleThread = oneThread
        options.knownSHA256 = knownSHA256
        options.appid = appid
        options.ruleConfigPath = rules
        options.listedName = appName
        options.listedDeveloper = developer
        options.listedSource = source
        let report = Scanner.scan(path: path, options: options)
        let text: String
        // A person at a terminal gets the summary; a pipe or file gets the whole document.
        let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) == 1 ? .text : .json)
        switch chosen {
        case .json: text = String(decoding: try JSONOutput.data(report), as: UTF8.self) + "\n"
        case .sarif: text = try SARIFReport.render([report], lang: lang) + "\n"
        case .html: text = HTMLReport.render(report, lang: lang)
        case .text: text = TextReport.render(report, lang: lang) + "\n"
        }
        if let output { try AtomicFile.write(text, to: URL(fileURLWithPath: output)) } else { print(text, terminator: "") }
        if let writeBaseline {
            try AtomicFile.write(try JSONOutput.string(Baseline.File(reports: [report])) + "\n", to: URL(fileURLWithPath: writeBaseline))
        }
        let verdict = Gate(threshold: failOn.severity, baseline: accepted).judge(report)
        if verdict.exitCode == 3 {
            stderr("mingcha: \(report.input.fileName) could not be scanned: " + report.problems.map { "\($0.code): \($0.message)" }.joined(separator: "; "))
        } else if failOn != .none {
            let en = lang == "en"
            stderr(en ? "gate: \(verdict.failing.count) finding(s) at or above \(failOn.rawValue) not in the baseline, \(verdict.accepted) accepted"
                      : "门禁：\(verdict.failing.count)项不低于\(failOn.rawValue)的问题不在基线中，\(verdict.accepted)项已被基线接受")
            for f in verdict.failing.prefix(20) { stderr("  [\(f.severity.rawValue)] \(f.ruleId) \(f.title.text(lang))") }
        }
        if verdict.exitCode != 0 { throw ExitCode(verdict.exitCode) }
    }

    func stderr(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}

/// Hooks for the batch tests, honoured only by `scan` (the child of a batch):
/// `MINGCHA_TEST_SLEEP=PATTERN:SECONDS` sleeps before scanning any path containing PATTERN, so a
/// test can make one app slow without a slow package.
enum TestHooks {
    static func sleepIfAsked(for path: String) {
        guard let spec = ProcessInfo.processInfo.environment["MINGCHA_TEST_SLEEP"],
              let colon = spec.lastIndex(of: ":"), let secs = Double(spec[spec.index(after: colon)...]) else { return }
        let pattern = String(spec[..<colon])
        if !pattern.isEmpty, path.contains(pattern) { Thread.sleep(forTimeInterval: min(secs, 3600)) }
    }
}

/// Usage errors exit with 2, as the CI gate documents (ArgumentParser's default is 64).
extension Mingcha {
    static func main() { main(arguments: nil) }

    /// Runs one command line (nil: the process's own) as the `mingcha` binary does.
    static func main(arguments: [String]?) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
