import Foundation
import XCTest
@testable import MingchaKit

/// The four analyses over every real APK of the corpus (`$MINGCHA_CORPUS` or
/// ~/.cache/mingcha-corpus; skipped when absent). Prints totals and the cost on the app with the
/// most methods. Checks that hold for any app: no crash, every reported path is made of real
/// calls in the DEX from an entry point, and each permission request site really calls the API.
/// By default only the first 25 APKs by name with at most 4 MB of DEX are scanned, so the test
/// stays short in debug builds; `MINGCHA_ANALYSIS_ALL=1` scans every APK (and reports the
/// largest), `MINGCHA_ANALYSIS_LIMIT=n` only the n largest files, `MINGCHA_ANALYSIS_PRINT=1`
/// prints every fact.
final class AnalysisCorpusTests: XCTestCase {
    static var corpus: URL? {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let url = env.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/mingcha-corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("apk").path) ? url : nil
    }

    func testCorpus() throws {
        guard let corpus = Self.corpus else { return }
        let dir = corpus.appendingPathComponent("apk")
        let fm = FileManager.default
        var apks = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".apk") }.map { dir.appendingPathComponent($0) }
        let env = ProcessInfo.processInfo.environment
        if let n = env["MINGCHA_ANALYSIS_LIMIT"].flatMap(Int.init) {
            apks.sort { size($0) > size($1) }
            apks = Array(apks.prefix(n))
        } else if env["MINGCHA_ANALYSIS_ALL"] == nil {
            apks.sort { $0.lastPathComponent < $1.lastPathComponent }
            apks = Array(apks.prefix(25))
        }
        let knowledge = (try? KnowledgeBase.standard()).flatMap { $0.sensitiveAPIs.isEmpty ? nil : $0 } ?? AnalysisFixture.knowledge
        let limits = ScanLimits()
        var scanned = 0, withCode = 0, pre = 0, unguarded = 0, sdkInits = 0, requests = 0, atLaunch = 0, handlers = 0, starts = 0
        var truncated = 0, skipped = 0
        let all = ProcessInfo.processInfo.environment["MINGCHA_ANALYSIS_ALL"] != nil
            || ProcessInfo.processInfo.environment["MINGCHA_ANALYSIS_LIMIT"] != nil
        var largest: (name: String, methods: Int, edges: Int, nodes: Int, pre: Double, graph: Double, rest: Double)?
        for url in apks {
            guard let archive = try? ZipArchive(path: url.path, limits: limits, budget: InflateBudget(limits: limits)),
                  let contents = try? ApkManifestLoader.load(archive, limits: limits) else { continue }
            let dexBytes = archive.entries.filter { DexIndex.loadOrder([$0.name]).count == 1 }.map(\.uncompressedSize).reduce(0, +)
            if !all && dexBytes > 4 << 20 { skipped += 1; continue }
            guard let dex = try? DexIndex.build(apk: archive, limits: limits) else { continue }
            scanned += 1
            guard dex.methodCount > 0 else { continue }
            withCode += 1
            let sdks = SDKMatcher(sdks: knowledge.sdks).match(SDKMatcher.Input())
            let r = PreConsentAnalysis.analyse(dex: dex, manifest: contents.manifest, knowledge: knowledge, sdks: sdks, limits: limits)
            let t0 = Date()
            let reqs = PermissionRequestAnalysis.run(dex: dex, manifest: contents.manifest, knowledge: knowledge, sdks: sdks)
            let hs = DisagreeHandlerAnalysis.run(dex: dex, resources: contents.resources, manifest: contents.manifest)
            let st = AutostartCodeAnalysis.run(dex: dex, manifest: contents.manifest, sdks: sdks)
            let rest = Date().timeIntervalSince(t0)
            pre += r.facts.count
            unguarded += r.facts.filter { $0.guardedByConsentCheck == false }.count
            sdkInits += r.facts.filter { $0.targetKind == .sdkInit }.count
            requests += reqs.count; atLaunch += reqs.filter(\.atLaunch).count; handlers += hs.count; starts += st.count
            if r.truncated { truncated += 1 }
            if ProcessInfo.processInfo.environment["MINGCHA_ANALYSIS_PRINT"] != nil {
                let app = url.lastPathComponent
                for f in r.facts { print("pre \(app) \(f.entryKind) guarded=\(f.guardedByConsentCheck.map(String.init) ?? "nil") \(f.callPath.joined(separator: " > "))") }
                for q in reqs { print("req \(app) \(q.site) \(q.lifecycle ?? "-") launch=\(q.atLaunch) \(q.permissions) \(q.rationale) denial=\(q.denialPersisted.map(String.init) ?? "nil")") }
                for h in hs { print("disagree \(app) \(h.site) \(h.exitCall ?? "")") }
                for a in st { print("start \(app) \(a.component) \(a.trigger)") }
            }
            if dex.methodCount > largest?.methods ?? -1 {
                largest = (url.lastPathComponent, dex.methodCount, r.graphEdges, r.nodesVisited, r.seconds, r.graphSeconds, rest)
            }
            for f in r.facts where f.targetKind != .autoInitProvider {
                XCTAssertEqual(f.callPath.first, f.entryPoint, url.lastPathComponent)
                XCTAssertEqual(f.callPath.last, f.target, url.lastPathComponent)
                XCTAssertLessThanOrEqual(f.callPath.count, limits.maxCallDepth + 2)
                for (a, b) in zip(f.callPath, f.callPath.dropFirst()) {
                    XCTAssertTrue(Self.isStep(dex, from: a, to: b), "\(url.lastPathComponent): \(a) does not lead to \(b)")
                }
            }
            for q in reqs {
                let callee = q.evidence.first?.detail ?? ""
                XCTAssertTrue(dex.callees(of: try XCTUnwrap(MethodRef(smali: q.site))).map(\.smali).contains(callee), q.site)
            }
        }
        print("analysis corpus: \(scanned) APKs read (\(skipped) with over 4 MB of DEX skipped), \(withCode) with code; pre-consent facts \(pre) (\(unguarded) unguarded, "
              + "\(sdkInits) SDK inits), \(truncated) searches truncated; permission requests \(requests) (\(atLaunch) at launch); "
              + "disagree handlers \(handlers); associated starts \(starts)")
        if let l = largest {
            print(String(format: "analysis largest: %@ %d methods, %d graph edges, %d nodes visited, pre-consent %.2f s (graph %.2f s), other analyses %.2f s",
                         l.name, l.methods, l.edges, l.nodes, l.pre, l.graph, l.rest))
        }
    }

    func size(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }

    /// `a` calls `b` (same name and proto, any class: dispatch), or creates the class whose
    /// `<clinit>` / `run`-like method `b` is.
    static func isStep(_ dex: DexIndex, from a: String, to b: String) -> Bool {
        guard let ra = MethodRef(smali: a), let rb = MethodRef(smali: b) else { return false }
        if dex.callees(of: ra).contains(where: { $0.name == rb.name && $0.proto == rb.proto }) { return true }
        guard rb.name == "<clinit>" || CallGraph.asyncMethods.contains(rb.name) else { return false }
        return dex.types(in: ra).contains(DexNames.descriptor(rb.className))
            || dex.callees(of: ra).contains { $0.className == rb.className }
    }
}
