import ArgumentParser

@main
struct Mingcha: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mingcha",
        abstract: "明察 Mingcha: a static privacy-compliance scanner for Android apps and WeChat mini-programs.",
        version: "0.1.0",
        subcommands: [
            ScanCommand.self,
            BatchCommand.self,
            MergeCommand.self,
            PolicyCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
            SignaturesCommand.self,
            ScanServerCommand.self,
        ]
    )
}
