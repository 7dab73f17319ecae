import ArgumentParser
import Foundation
import MingchaKit

/// `mingcha signatures lint|stats`: check and describe the knowledge base in `Signatures/`.
struct SignaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "signatures", abstract: "Inspect and check the knowledge base.",
                                                    subcommands: [Lint.self, Stats.self])

    struct Location: ParsableArguments {
        @Option(name: .customLong("signatures"), help: ArgumentHelp("Knowledge-base folder (default: $MINGCHA_SIGNATURES, the installed one, or the source tree's).", valueName: "dir"))
        var signatures: String?
        var url: URL { signatures.map { URL(fileURLWithPath: $0) } ?? MingchaPaths.signatures }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check schema, info-type tags, duplicate or overlapping SDK patterns and references; exit 1 on errors.")
        @OptionGroup var location: Location
        @Flag(help: "Print the issues as JSON.") var json = false
        @Flag(name: .customLong("errors-only"), help: "Do not print warnings.") var errorsOnly = false

        func run() throws {
            let issues = SignaturesLint.run(root: location.url).filter { !errorsOnly || $0.severity == .error }
            let errors = issues.filter { $0.severity == .error }.count
            if json { print(try JSONOutput.string(issues)) } else {
                for i in issues { print(i) }
                print("\(errors) error(s), \(issues.count - errors) warning(s) in \(location.url.path)")
            }
            if errors > 0 { throw ExitCode(1) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Counts by source, category and evidence kind; how many SDKs have documented collection.")
        @OptionGroup var location: Location
        @Flag(help: "Print JSON instead of Markdown tables.") var json = false

        func run() throws {
            let kb = try KnowledgeBase.load(signatures: location.url)
            let categories = (try? CategoryCatalogue.load(signatures: location.url).categories.count) ?? 0
            let stats = SignaturesStats(kb, appCategories: categories)
            print(json ? try JSONOutput.string(stats) : stats.markdown)
        }
    }
}
