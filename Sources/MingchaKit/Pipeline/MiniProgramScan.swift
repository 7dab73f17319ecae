/// The mini-program pipeline: .wxapkg (plain or PC-encrypted) or a folder of one appid's packages
/// -> app-config, JS and WXML -> AppFacts.
public enum MiniProgramScan {
    public static func run(path: String, kind: PackageKind, options: ScanOptions, knowledge: KnowledgeBase) throws -> PlatformScan {
        throw PipelineError.unsupported(path, "mini-program scanning is not wired in yet")
    }
}
