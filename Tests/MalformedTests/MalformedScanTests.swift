import Foundation
import XCTest
@testable import MingchaKit

/// Every generated hostile input through the whole scanner (`Scanner.scan`), and the broken
/// manifests, tables, DEX files and policies also through their parsers directly: a typed error or
/// a partial result marked as such, within the time and memory bounds, never a crash.
final class MalformedScanTests: XCTestCase {
    func scanAll(_ inputs: [MalformedCorpus.Input], label: String, file: StaticString = #filePath, line: UInt = #line) {
        MalformedRunner(label).run(inputs, file: file, line: line) { input in
            MalformedRunner.outcome(Scanner.scan(path: input.path))
        }
    }

    func testTruncatedArchives() {
        scanAll(MalformedCorpus.inputs(kind: "apk").filter { $0.file.hasPrefix("trunc-") }, label: "truncated archives")
    }

    func testBitFlippedArchives() {
        scanAll(MalformedCorpus.inputs(kind: "apk").filter { $0.file.hasPrefix("flip") }, label: "bit-flipped archives")
    }

    func testZipBombsAndLyingDirectories() {
        scanAll(MalformedCorpus.inputs(kind: "zip"), label: "zip bombs and lying directories")
    }

    func testBrokenManifestsInApks() {
        scanAll(MalformedCorpus.inputs(kind: "apk").filter { $0.file.hasPrefix("in-apk-axml") }, label: "broken manifests in APKs")
    }

    func testBrokenTablesInApks() {
        scanAll(MalformedCorpus.inputs(kind: "apk").filter { $0.file.hasPrefix("in-apk-arsc") }, label: "broken resources.arsc in APKs")
    }

    /// The DEX lies in two halves, so each test stays short in a debug build (a readable APK runs the whole pipeline).
    func testBrokenDexInApksFirstHalf() { scanDex(half: 0) }
    func testBrokenDexInApksSecondHalf() { scanDex(half: 1) }

    func scanDex(half: Int) {
        let all = MalformedCorpus.inputs(kind: "apk").filter { $0.file.hasPrefix("in-apk-dex") }
        let mid = all.count / 2
        scanAll(half == 0 ? Array(all[..<mid]) : Array(all[mid...]), label: "broken DEX in APKs (\(half + 1)/2)")
    }

    func testWxapkg() {
        scanAll(MalformedCorpus.inputs(kind: "wxapkg"), label: "wxapkg")
    }

    // MARK: - Parsers directly

    func testAXMLParser() {
        MalformedRunner("AXML parser").run(MalformedCorpus.inputs(kind: "axml")) { input in
            MalformedRunner.outcome {
                let doc = try AXML.parse(Array(try Data(contentsOf: URL(fileURLWithPath: input.path))))
                _ = try AndroidManifest(document: doc)
                return doc.anomalies.map { _ in "axml.anomaly" }
            }
        }
    }

    func testResourceTableParser() {
        MalformedRunner("resources.arsc parser").run(MalformedCorpus.inputs(kind: "arsc")) { input in
            MalformedRunner.outcome {
                let table = try ResourceTable.parse(Array(try Data(contentsOf: URL(fileURLWithPath: input.path))))
                for (id, _) in table.allEntries().prefix(5_000) { _ = table.resolve(id); _ = table.name(of: id) }
                return table.anomalies.map { _ in "arsc.anomaly" }
            }
        }
    }

    func testDexParserAndIndex() {
        MalformedRunner("DEX parser and index").run(MalformedCorpus.inputs(kind: "dex")) { input in
            MalformedRunner.outcome {
                let dex = try DexFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: input.path))), name: "classes.dex")
                let index = try DexIndex.build([dex])
                return index.problems.map(\.code)
            }
        }
    }

    // MARK: - Policies

    /// The policy reader costs ~7 s per MB of sentences in a debug build (linear), so the policy
    /// inputs are read under a 512 KiB limit; `oversized.txt` is over it.
    static var policyLimits: ScanLimits {
        var l = ScanLimits()
        l.maxPolicyBytes = 512 << 10
        return l
    }

    /// A supplied policy in a broken encoding: read, or refused with a typed error.
    func testPoliciesSupplied() {
        MalformedRunner("policies (supplied)").run(MalformedCorpus.inputs(kind: "policy")) { input in
            MalformedRunner.outcome {
                _ = try PolicyFinder.summary(suppliedPath: input.path, candidates: [], urls: [], limits: Self.policyLimits)
                return []
            }
        }
    }

    /// The same bytes found inside a package, and a whole scan with the file passed as `--policy`.
    func testPoliciesInPackageAndScan() {
        let apk = MingchaPaths.testFixtures.appendingPathComponent("android/new.apk").path
        MalformedRunner("policies (in package, and --policy on a scan)").run(MalformedCorpus.inputs(kind: "policy")) { input in
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: input.path))).map { Array($0) } ?? []
            let name = "assets/" + input.file
            let inPackage = MalformedRunner.outcome {
                _ = try PolicyFinder.summary(suppliedPath: nil, candidates: [PolicyCandidate(path: name, bytes: bytes)],
                                             urls: [], limits: Self.policyLimits)
                return []
            }
            var options = ScanOptions()
            options.limits = Self.policyLimits
            options.policyPath = input.path
            let scan = MalformedRunner.outcome(Scanner.scan(path: apk, options: options))
            // The worse of the two counts; both must carry typed codes.
            let kinds: [Outcome.Kind] = [.error, .partial, .ok]
            let worst = kinds.first { $0 == inPackage.kind || $0 == scan.kind } ?? .ok
            return Outcome(kind: worst, codes: inPackage.codes + scan.codes)
        }
    }

    /// The generator covers every kind the issue lists, with a real count of each.
    func testCorpusCoversEveryKind() {
        let counts = Dictionary(grouping: MalformedCorpus.inputs, by: \.kind).mapValues(\.count)
        for kind in ["apk", "zip", "axml", "arsc", "dex", "wxapkg", "policy"] {
            XCTAssertGreaterThanOrEqual(counts[kind] ?? 0, 10, "too few \(kind) inputs: \(counts)")
        }
        XCTAssertTrue(MalformedCorpus.inputs.contains { $0.file == "bomb-overlap-quoted.apk" })
        print("malformed corpus: \(MalformedCorpus.inputs.count) inputs: "
              + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
}
