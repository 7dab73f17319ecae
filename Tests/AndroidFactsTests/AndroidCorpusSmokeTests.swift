import Foundation
import XCTest
@testable import MingchaKit

/// Every corpus APK (`$MINGCHA_CORPUS` or ~/.cache/mingcha-corpus/apk) goes through the Android
/// pipeline with the shipped knowledge base: it either yields facts (possibly partial, with typed
/// problems) or a typed error. Prints per-APK facts and times, and the totals.
final class AndroidCorpusSmokeTests: XCTestCase {
    static var apks: [URL] {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let root = URL(fileURLWithPath: (env?.isEmpty == false ? env! : NSHomeDirectory() + "/.cache/mingcha-corpus") + "/apk")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".apk") || $0.hasSuffix(".apks") || $0.hasSuffix(".xapk") }.sorted()
            .map { root.appendingPathComponent($0) }
    }

    func testEveryCorpusAPKScansOrFailsTyped() throws {
        let apks = Self.apks
        guard !apks.isEmpty else { throw XCTSkip("no corpus APKs (run scripts/fetch-corpus.sh)") }
        let knowledge = try KnowledgeBase.standard()
        var ok = 0, partial = 0, failed = 0
        var totals = (sdks: 0, collection: 0, autostart: 0, urls: 0, candidates: 0)
        let start = Date()
        for url in apks {
            let t0 = Date()
            do {
                let s = try AndroidScan.run(path: url.path, kind: .apk, options: ScanOptions(), knowledge: knowledge)
                if s.problems.isEmpty { ok += 1 } else { partial += 1 }
                XCTAssertFalse(s.facts.identity.id.isEmpty, url.lastPathComponent)
                for p in s.problems { XCTAssertFalse(p.code.isEmpty || p.code == "scan.error", "\(url.lastPathComponent): untyped \(p)") }
                for c in s.facts.collection { XCTAssertFalse(c.evidence.isEmpty, "\(url.lastPathComponent): \(c.infoType) without evidence") }
                for a in s.facts.autostart { XCTAssertFalse(a.evidence.isEmpty, "\(url.lastPathComponent): \(a.trigger) without evidence") }
                totals.sdks += s.facts.sdks.count; totals.collection += s.facts.collection.count
                totals.autostart += s.facts.autostart.count; totals.urls += s.policyURLs.count
                totals.candidates += s.policyCandidates.count
                print(String(format: "%6.2fs %@: sdks %d, collection %d, autostart %d, background %d, ui %@, policy files %d, urls %d, problems %d",
                             Date().timeIntervalSince(t0), url.lastPathComponent, s.facts.sdks.count, s.facts.collection.count,
                             s.facts.autostart.count, s.facts.background.count, s.facts.ui?.searched == true ? "yes" : "no",
                             s.policyCandidates.count, s.policyURLs.count, s.problems.count))
            } catch let e as MingchaError {
                failed += 1
                print("typed error \(url.lastPathComponent): \(e.code) \(e)")
            } catch {
                XCTFail("\(url.lastPathComponent): untyped error \(error)")
            }
        }
        print("android corpus: \(apks.count) APKs, ok \(ok), partial \(partial), typed errors \(failed); sdks \(totals.sdks), collection \(totals.collection), autostart \(totals.autostart), policy files \(totals.candidates), urls \(totals.urls); \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        XCTAssertEqual(ok + partial + failed, apks.count)
    }
}
