import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge the outputs of sharded batches.")
    func run() throws { throw ValidationError("'merge' is not built yet") }
}
