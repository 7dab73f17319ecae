import ArgumentParser
import MingchaKit

// Placeholder until its stage lands; replaced by the stage that owns it.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "policy", abstract: "Read a privacy policy and print what it discloses.")
    func run() throws { throw ValidationError("'policy' is not built yet") }
}
