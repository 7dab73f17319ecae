import ArgumentParser
import Foundation
import MingchaKit

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Scan one app package and report its facts and findings.")

    @Argument(help: "The package to scan (.apk, .apks, .xapk, .wxapkg).")
    var path: String

    func run() throws {
        let sha = try Hashing.sha256Hex(fileAt: path)
        print("{\"sha256\": \"\(sha)\"}")
    }
}
