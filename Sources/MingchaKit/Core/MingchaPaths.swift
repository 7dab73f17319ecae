import Foundation

/// Where Mingcha's data lives, so the CLI works from any working directory.
public enum MingchaPaths {
    /// The repository root this binary was built from (three folders above this source file).
    public static let sourceRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The knowledge base: `$MINGCHA_SIGNATURES`, else `Signatures/` beside the installed binary
    /// (`../share/mingcha/Signatures`), else the source tree's `Signatures/`.
    public static var signatures: URL {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["MINGCHA_SIGNATURES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = exe.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/mingcha/Signatures")
        if fm.fileExists(atPath: installed.path) { return installed }
        return sourceRoot.appendingPathComponent("Signatures")
    }

    public static var samples: URL { sourceRoot.appendingPathComponent("Samples") }
    public static var testFixtures: URL { sourceRoot.appendingPathComponent("Tests/Fixtures") }
}
