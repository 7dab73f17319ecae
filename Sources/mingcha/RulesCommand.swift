import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule catalogue.")
    func run() throws { throw ValidationError("'rules' is not built yet") }
}
