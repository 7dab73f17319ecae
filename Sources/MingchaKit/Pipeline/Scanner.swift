import Foundation

/// The whole chain for one input: package -> platform facts -> policy -> AppFacts -> findings.
/// It never throws: a package that cannot be read becomes a report with status `error` and the
/// reason, so a batch always gets exactly one record per app.
public enum Scanner {
    public static let version = "0.1.0"

    public static func scan(path: String, options: ScanOptions = ScanOptions()) -> ScanReport {
        // The per-app time limit, polled by the expensive loops (see ScanDeadline).
        ScanThreads.$single.withValue(options.singleThread) {
            ScanDeadline.run(seconds: options.limits.timeoutSeconds) { scanWithinDeadline(path: path, options: options) }
        }
    }

    static func scanWithinDeadline(path: String, options: ScanOptions) -> ScanReport {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var input = InputInfo(path: path, fileName: fileName, sha256: "", size: 0, kind: PackageKind.unknown.rawValue)
        do {
            let kind = try PackageKind.detect(path: path)
            input.kind = kind.rawValue
            // On a second core while the package is read: the knowledge the scan needs after the
            // code is indexed, then the file's hash, which only the report needs (unless given).
            let known = kind == .miniProgramDirectory ? nil : options.knownSHA256.flatMap { ScanOptions.isSHA256Hex($0) ? $0 : nil }
            let startup = Background { () throws -> String in
                _ = try? KnowledgeBase.standard()   // a load error surfaces where the scan asks for it
                _ = try? PolicyTerms.standard()
                if let known { return known }
                return kind == .miniProgramDirectory ? try directoryDigest(path) : try Hashing.sha256Hex(fileAt: path)
            }
            if kind != .miniProgramDirectory {
                input.size = Int((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.intValue ?? 0)
            }
            let outcome: Outcome
            do {
                outcome = try scanPlatform(kind: kind, path: path, options: options)
            } catch {
                input.sha256 = (try? startup.take()) ?? ""
                throw error
            }
            input.sha256 = try startup.take()
            let status: ScanStatus = outcome.problems.isEmpty ? .ok : .partial
            var report = ScanReport(tool: toolInfo(), input: input, status: status, problems: outcome.problems,
                                    facts: outcome.facts, findings: outcome.findings)
            report.android = outcome.android
            return report
        } catch {
            return ScanReport(tool: toolInfo(), input: input, status: .error, problems: [ScanProblem(error)],
                              facts: nil, findings: [])
        }
    }

    /// What one platform pipeline produced.
    struct Outcome {
        var facts: AppFacts
        var findings: [Finding]
        var problems: [ScanProblem]
        var android: AndroidPackage?
    }

    static func scanPlatform(kind: PackageKind, path: String, options: ScanOptions) throws -> Outcome {
        var scan: PlatformScan
        switch kind {
        case .unknown:
            throw PipelineError.unsupported(path, "not a zip (APK), nor a mini-program package")
        case .wxapkgMacEncrypted:
            throw PipelineError.unsupported(path, "encrypted by the old macOS WeChat client with a per-account key that cannot be derived offline")
        case .apk, .apkBundle:
            // The knowledge base is asked for only once the code is indexed (it is loading meanwhile).
            scan = try AndroidScan.run(path: path, kind: kind, options: options, knowledge: { try KnowledgeBase.standard() })
        case .wxapkg, .wxapkgEncrypted, .tpkg, .miniProgramDirectory:
            scan = try MiniProgramScan.run(path: path, kind: kind, options: options, knowledge: try KnowledgeBase.standard())
        }
        let knowledge = try KnowledgeBase.standard()
        var problems = scan.problems
        var facts = scan.facts
        // Code libraries (Kotlin, Jetpack) are SDKs in the knowledge base but receive no data.
        for i in facts.sdks.indices where facts.sdks[i].dataRecipient == nil {
            facts.sdks[i].dataRecipient = knowledge.isDataRecipient(category: facts.sdks[i].category)
        }
        // The policy: a supplied file that cannot be read fails the scan (the user asked for it);
        // a reader problem with in-package candidates only makes the scan partial.
        do {
            facts.policy = try PolicyFinder.summary(suppliedPath: options.policyPath, candidates: scan.policyCandidates,
                                                    urls: scan.policyURLs, limits: options.limits,
                                                    suppliedURLs: options.policyURLs, fetch: options.fetchPolicies)
        } catch {
            if options.policyPath != nil { throw error }
            problems.append(ScanProblem(error))
        }
        // A mini-program's privacy guide lives in the WeChat console, not the package: with nothing
        // supplied and nothing found, the policy is unknown (nil), not absent (AppFacts table).
        if facts.identity.platform == .miniprogram, facts.policy?.availability == .absent, options.policyPath == nil, options.policyURLs.isEmpty {
            facts.policy = nil
        }
        if let n = options.listedName, !n.isEmpty { facts.identity.name = n }
        if let d = options.listedDeveloper, !d.isEmpty { facts.identity.developer = d }
        let engine = try RuleEngine.standard(config: options.ruleConfig())
        if let c = engine.configuredCategory { facts.category = c }
        AppFactsBuilder.finish(&facts)
        return Outcome(facts: facts, findings: engine.run(facts), problems: problems, android: scan.androidPackage)
    }

    public static func toolInfo() -> ToolInfo {
        ToolInfo(version: version, knowledgeBaseVersion: (try? KnowledgeBase.standard().version) ?? "unavailable",
                 rulesVersion: RuleCatalogue.version)
    }

    /// A folder has no single file hash: digest the sorted names and hashes of its package files.
    static func directoryDigest(_ path: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        var text = ""
        for n in names where !n.hasPrefix(".") {
            let full = (path as NSString).appendingPathComponent(n)
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: full, isDirectory: &isDir)
            if isDir.boolValue { continue }
            text += n + "\t" + (try Hashing.sha256Hex(fileAt: full)) + "\n"
        }
        return Hashing.sha256Hex(Array(text.utf8))
    }
}

extension Scanner {
    /// Loads what every scan of this process would load first (knowledge base, policy terms,
    /// framework attribute names, mini-program API list), on this thread. A batch's scan server
    /// does this once and forks a child per app, which then starts with all of it in memory.
    public static func preload() {
        _ = try? KnowledgeBase.standard()
        _ = try? PolicyTerms.standard()
        _ = try? MiniProgramAPICatalogue.standard()
        _ = AndroidAttributeNames.count
        _ = DexScanTable.standard
    }
}
