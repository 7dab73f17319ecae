import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch", abstract: "Scan many apps in parallel, resumably, into an output folder.")
    func run() throws { throw ValidationError("'batch' is not built yet") }
}
