import Foundation

/// The mini-program pipeline: .wxapkg (plain or PC-encrypted), TPKG, or a folder of one appid's
/// packages (or unpacked sources) -> app-config, JS and WXML -> AppFacts.
public enum MiniProgramScan {
    public static func run(path: String, kind: PackageKind, options: ScanOptions, knowledge: KnowledgeBase) throws -> PlatformScan {
        let catalogue = try MiniProgramAPICatalogue.standard()
        let bundle = try MiniProgramBundle.open(path: path, kind: kind, options: options)
        var mp = MiniProgramAnalyzer.analyze(bundle, catalogue: catalogue, limits: options.limits)
        mp.sourceName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var input = SDKMatcher.Input()
        input.jsFiles = mp.jsFiles
        input.plugins = (mp.config?.plugins.map(\.provider) ?? []) + mp.packages.compactMap(\.pluginId)
        let matches = knowledge.sdkMatcher.match(input)
        let facts = AppFactsBuilder.miniProgram(mp, catalogue: catalogue, sdkMatches: matches)
        return PlatformScan(facts: facts, problems: mp.problems, policyCandidates: mp.policyCandidates, policyURLs: mp.policyURLs)
    }
}
