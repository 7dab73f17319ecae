import ArgumentParser
import Foundation
import MingchaKit

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge the outputs of sharded batches.",
        discussion: """
        Reads each folder's results.jsonl and batch.json and writes one summary, index, SARIF log \
        and notice table (and the per-app pages and results/) into --out, in the order of the \
        whole input. Refuses when shards are missing unless --allow-partial.
        """)

    @Argument(help: "Output folders of `mingcha batch --shard K/N` runs.")
    var dirs: [String]

    @Option(help: "Folder for the merged outputs.")
    var out: String

    @Option(help: "Report language: zh or en.")
    var lang: String = "zh"

    @Flag(name: .customLong("allow-partial"), help: "Merge even if some inputs have no record (a shard is missing).")
    var allowPartial = false

    func validate() throws {
        if dirs.isEmpty { throw ValidationError("give the shard output folders to merge") }
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang must be zh or en") }
    }

    func run() throws {
        let merged = try BatchMerge.merge(dirs, into: out, lang: lang, allowPartial: allowPartial)
        FileHandle.standardError.write(Data("merge: \(merged.records) app(s) from \(dirs.count) folder(s), \(merged.errors) could not be scanned -> \(out)\n".utf8))
    }
}
