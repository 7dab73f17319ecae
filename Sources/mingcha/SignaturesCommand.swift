import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct SignaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "signatures", abstract: "Inspect and check the knowledge base.")
    func run() throws { throw ValidationError("'signatures' is not built yet") }
}
