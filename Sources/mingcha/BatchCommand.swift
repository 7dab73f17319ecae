import ArgumentParser
import Foundation
import MingchaKit

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Scan many apps in parallel, resumably, into an output folder.",
        discussion: """
        Each app is scanned in a child process (this binary's `scan`) with a time limit and a memory \
        cap; an app that cannot be scanned becomes an error record. Results are stored under \
        OUT/results/ by package SHA-256, tool, knowledge-base and rules version, so a re-run skips \
        what is done. Outputs: results.jsonl, summary.csv, index.html, apps/*.html, results.sarif, \
        notice.csv, notice.md, batch.json. See docs/batch.md.
        Exit codes: 0 done (apps that could not be scanned are error records); 1 with --fail-on, \
        some app has findings at or above it; 2 usage error.
        """)

    @Argument(help: "Folders (searched for .apk/.apks/.xapk/.apkm/.wxapkg files) or single package files.")
    var inputs: [String] = []

    @Option(name: .customLong("list"), help: ArgumentHelp("CSV/TSV list: path, name, developer, source, category, policy (file or URL), appid; English or Chinese headers (repeatable).", valueName: "file"))
    var lists: [String] = []

    @Option(help: "Output folder (created; reused to resume).")
    var out: String

    @Option(help: "Parallel child scans (default: the number of cores).")
    var jobs: Int = UsableCores.count

    @Option(help: "Seconds one app may take before it is killed and recorded as timed out.")
    var timeout: Double = 600

    @Option(name: .customLong("memory-mb"), help: "Address-space cap for each child scan, MiB.")
    var memoryMB: Int = 4096

    @Option(help: ArgumentHelp("Scan only shard K of N (1-based): inputs whose position modulo N is K-1.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Rule configuration file (JSON) for every app.", valueName: "file"))
    var rules: String?

    @Option(help: "Report language: zh or en.")
    var lang: String = "zh"

    @Flag(name: .customLong("retry-errors"), help: "Scan again apps whose stored result is an error (e.g. after raising --timeout).")
    var retryErrors = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 when any app has a finding at or above this severity.")
    var failOn: ScanCommand.FailLevel = .none

    @Option(name: .customLong("limit"), help: ArgumentHelp("A per-app limit passed to every scan (see `scan --help`), as name=value (repeatable).", valueName: "name=value"))
    var limitSettings: [String] = []

    @Flag(name: .customLong("fetch-policies"), help: "Each scan downloads its policy URLs (the list's policy URL first, then the package's) and saves them under OUT/policies/; see `scan --help`.")
    var fetchPolicies = false

    @Option(help: "Progress display: auto (a live line on a terminal, plain lines otherwise), lines or none.")
    var progress: String = "auto"

    func validate() throws {
        if inputs.isEmpty && lists.isEmpty { throw ValidationError("give folders or package files, and/or --list FILE") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be 1...256") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        var probe = ScanLimits()
        do { try probe.apply(limitSettings) } catch { throw ValidationError("--limit: \(error)") }
        guard memoryMB >= 64 else { throw ValidationError("--memory-mb must be at least 64") }
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang must be zh or en") }
        guard ["auto", "lines", "none"].contains(progress) else { throw ValidationError("--progress must be auto, lines or none") }
        if let shard { do { _ = try BatchShard(parsing: shard) } catch { throw ValidationError("\(error)") } }
        if let rules, !FileManager.default.fileExists(atPath: rules) { throw ValidationError("--rules: no such file \(rules)") }
    }

    func run() throws {
        let shard = try shard.map { try BatchShard(parsing: $0) } ?? .whole
        let all: [BatchItem]
        do { all = try BatchDiscovery.items(inputs: inputs, lists: lists) } catch { throw ValidationError("\(error)") }
        let mine = shard.select(all)
        let store = try ResultStore(root: out)
        let executable = try Self.selfExecutable()
        var worker = ScanWorker(executable: executable, limits: .init(timeout: timeout, memoryMB: memoryMB),
                                rulesPath: rules.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        worker.limitSettings = limitSettings
        worker.fetchPolicies = fetchPolicies
        worker.policiesRoot = store.policies
        // With a child on every core, a child's second thread only competes with the others.
        worker.oneThreadPerScan = jobs >= UsableCores.count
        let display: BatchProgress
        switch progress {
        case "lines": display = BatchProgress(mode: .lines)
        case "none": display = BatchProgress(mode: .silent)
        default: display = .automatic()
        }
        display.start(total: mine.count, shard: shard)
        let writer: BatchOutputWriter
        do {
            defer { display.end() }   // also when the batch stops on an error
            // Each record is written out as soon as it and those before it are done; none is kept.
            writer = try BatchOutputWriter(dir: store.root, scratch: store.tmp, lang: lang)
            try BatchRunner(worker: worker, jobs: jobs, retryErrors: retryErrors).run(mine, store: store, progress: display, deliver: writer.add)
        }
        let manifest = BatchManifest(shard: shard, totalInputs: all.count, records: writer.count, tool: BatchRunner.currentTool())
        try writer.finish(manifest: manifest)
        try? FileManager.default.removeItem(at: store.tmp)
        if let threshold = failOn.severity, let highest = writer.highest, highest >= threshold {
            throw ExitCode(1)
        }
    }

    /// This very binary, to run the child scans with.
    static func selfExecutable() throws -> String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), FileManager.default.isExecutableFile(atPath: p) {
            return p
        }
        let arg0 = CommandLine.arguments.first ?? ""
        if arg0.contains("/") { return URL(fileURLWithPath: arg0).standardizedFileURL.path }
        throw BatchError.executableNotFound
    }
}
