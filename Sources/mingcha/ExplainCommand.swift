import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule: what it checks, the legal basis, how to fix it.")
    func run() throws { throw ValidationError("'explain' is not built yet") }
}
