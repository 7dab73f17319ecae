import ArgumentParser
import Foundation
import MingchaKit

/// `mingcha scan-server`: what `batch` starts once per job to fork its child scans (see
/// `ScanServer`). Not for people: it reads requests on standard input.
struct ScanServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan-server", abstract: "Serve a batch's child scans (started by batch).",
        shouldDisplay: false)

    func run() throws {
        // Parse a scan command line once, so the children start with the parser's type lookups done.
        _ = try? Mingcha.parseAsRoot(["scan", "-", "--format", "json", "--one-thread"])
        ScanServer.serve { arguments in
            Mingcha.main(arguments: arguments)
            Glibc.exit(0)
        }
    }
}
