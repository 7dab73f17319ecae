import XCTest
@testable import MingchaKit

/// The root-element probe used to pick a bundle's base APK reads the same package name as aapt.
final class ManifestProbeCorpusTests: XCTestCase {
    func testPackageNameAgreesWithAapt() throws {
        guard let corpus = ArchiveFixtures.corpus, FileManager.default.isExecutableFile(atPath: "/usr/bin/aapt") else { return }
        let dir = corpus.appendingPathComponent("apk")
        let all = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".apk") }.sorted()
        let step = max(1, all.count / 100)
        var compared = 0, disagreements: [String] = []
        for name in stride(from: 0, to: all.count, by: step).map({ all[$0] }) {
            let path = dir.appendingPathComponent(name).path
            guard let out = ArchiveFixtures.run("/usr/bin/aapt", ["dump", "badging", path]),
                  let line = out.out.split(separator: "\n").first(where: { $0.hasPrefix("package: name='") }) else { continue }
            let theirs = String(line.dropFirst("package: name='".count).prefix { $0 != "'" })
            let limits = ScanLimits()
            let z = try ZipArchive(path: path, limits: limits, budget: InflateBudget(limits: limits))
            let ours = try z.read("AndroidManifest.xml").flatMap { ManifestRootProbe.rootAttributes($0, limits: limits) }
            compared += 1
            if ours?["package"] != .some(theirs) { disagreements.append("\(name): aapt \(theirs), probe \(String(describing: ours?["package"]))") }
        }
        XCTAssertGreaterThan(compared, 50)
        XCTAssertEqual(disagreements, [])
    }
}
