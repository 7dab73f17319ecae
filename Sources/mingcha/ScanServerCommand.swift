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
        warmUp()
        ScanServer.serve { arguments in
            Mingcha.main(arguments: arguments)
            Glibc.exit(0)
        }
    }

    /// Scans a bundled sample app on this thread (no thread may exist at the fork) and encodes its
    /// report, so the type metadata of the scan and of the report's encoding is built once here
    /// and not in every child: it was about half of what a small app's child spent of its own.
    /// Without the samples (a binary moved away from its checkout) the children build it themselves.
    private func warmUp() {
        let sample = MingchaPaths.samples.appendingPathComponent("apk/built/combo-shop.apk").path
        guard FileManager.default.fileExists(atPath: sample) else { return }
        var options = ScanOptions()
        options.singleThread = true
        _ = try? JSONOutput.data(Scanner.scan(path: sample, options: options))
    }
}
