import XCTest
@testable import MingchaKit

/// Every sample under Samples/miniprogram is scanned end to end (Scanner.scan, as the CLI does) and
/// must fire exactly what its expected.json says must fire, and nothing it says must not.
final class MiniProgramSamplesTests: XCTestCase {
    struct Expected: Decodable { var mustFire: [String]; var mustNotFire: [String]; var input: String?; var policy: String? }

    func samples() throws -> [(String, URL, Expected, ScanOptions)] {
        let src = MP.samples.appendingPathComponent("src")
        return try FileManager.default.contentsOfDirectory(atPath: src.path).sorted().map { name in
            let dir = src.appendingPathComponent(name)
            let exp = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: dir.appendingPathComponent("expected.json")))
            let input = exp.input.map { dir.appendingPathComponent($0).standardizedFileURL } ?? MP.built.appendingPathComponent(name + ".wxapkg")
            var options = ScanOptions()
            options.policyPath = exp.policy.map { dir.appendingPathComponent($0).path }
            return (name, input, exp, options)
        }
    }

    func testSamplesFireWhatTheyPlant() throws {
        let all = try samples()
        XCTAssertGreaterThanOrEqual(all.count, 8)
        for (name, input, exp, options) in all {
            let report = Scanner.scan(path: input.path, options: options)
            XCTAssertNotEqual(report.status, .error, "\(name): \(report.problems)")
            XCTAssertEqual(report.facts?.identity.platform, .miniprogram)
            let fired = Set(report.findings.map(\.ruleId))
            for r in exp.mustFire { XCTAssertTrue(fired.contains(r), "\(name): \(r) did not fire (fired \(fired.sorted()))") }
            for r in exp.mustNotFire { XCTAssertFalse(fired.contains(r), "\(name): \(r) fired") }
            for f in report.findings where f.ruleId.hasPrefix("miniprogram.") {
                XCTAssertFalse(f.evidence.isEmpty, "\(name): \(f.ruleId) has no evidence")
            }
        }
    }

    /// The unpacked source folder gives the same judgement as its package (reading sources and the
    /// packer's compiled form agree).
    func testSourceFolderMatchesPackage() throws {
        for name in ["minified-alias", "default-checked", "phone-on-launch"] {
            let a = Set(Scanner.scan(path: MP.samples.appendingPathComponent("src/" + name).path).findings.map(\.ruleId))
            let b = Set(Scanner.scan(path: MP.built.appendingPathComponent(name + ".wxapkg").path).findings.map(\.ruleId))
            XCTAssertEqual(a, b, name)
        }
    }

    func testSubpackagesAndPluginGrouped() throws {
        let path = MP.built.appendingPathComponent("subpackages-plugin").path
        let bundle = try MiniProgramBundle.open(path: path, kind: .miniProgramDirectory, options: ScanOptions())
        XCTAssertEqual(bundle.packages.map { "\($0.label):\($0.role.rawValue)" }.sorted(),
                       ["__APP__.wxapkg:main", "_pkgMap_.wxapkg:subpackage", "wx8c631f7e9f2465e1/__PLUGINCODE__.wxapkg:plugin"])
        let facts = try XCTUnwrap(Scanner.scan(path: path).facts)
        // The sub-package's call is the app's and is judged against the main config; the plugin's is the plugin's.
        let undeclared = try XCTUnwrap(facts.declarations.first { $0.api == "wx.getLocation" })
        XCTAssertFalse(undeclared.declared)
        XCTAssertTrue(undeclared.evidence.contains { $0.file == "_pkgMap_.wxapkg:pkgMap/app-service.js" && ($0.location ?? "").hasPrefix("pkgMap/pages/map/map.js") })
        XCTAssertFalse(undeclared.evidence.contains { ($0.file ?? "").contains("PLUGINCODE") })
        XCTAssertTrue(facts.collection.contains { $0.collector == .sdk("wxplugin:wx8c631f7e9f2465e1") && $0.infoType == "location" })
        XCTAssertTrue(facts.sdks.contains { $0.id == "wxplugin:wx8c631f7e9f2465e1" && $0.category == "miniprogram-plugin" })
    }

    /// The base library is skipped; a broken package in the folder is a problem, not a failed scan.
    func testFolderSkipsBaseLibraryAndSurvivesABrokenPackage() throws {
        let dir = try MP.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: MP.built.appendingPathComponent("no-consent-flow.wxapkg"), to: dir.appendingPathComponent("__APP__.wxapkg"))
        try Data(MP.pack([("/WAService.js", Array("wx.getClipboardData()".utf8)), ("/WAWebview.js", [1])]))
            .write(to: dir.appendingPathComponent("_1123949441_400.wxapkg"))
        try Data([0xBE, 1, 2, 3]).write(to: dir.appendingPathComponent("_broken_.wxapkg"))
        let report = Scanner.scan(path: dir.path)
        XCTAssertEqual(report.status, .partial)
        XCTAssertTrue(report.problems.contains { $0.code == "wxapkg.truncated" && $0.message.contains("_broken_") })
        let facts = try XCTUnwrap(report.facts)
        XCTAssertTrue(facts.limitations.contains { $0.contains("base library") })
        XCTAssertFalse(facts.collection.contains { $0.evidence.contains { ($0.file ?? "").contains("1123949441") } })
        XCTAssertTrue(report.findings.contains { $0.ruleId == "miniprogram.no-consent-flow" })
    }

    func testEncryptedWithoutAppidIsAClearError() throws {
        let dir = try MP.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("__APP__.wxapkg")
        try FileManager.default.copyItem(at: MP.built.appendingPathComponent("encrypted-pc/wx3f9a2c7d5e1b4a60/__APP__.wxapkg"), to: file)
        let report = Scanner.scan(path: file.path)
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.problems.first?.code, "wxapkg.appid-needed")
        var o = ScanOptions(); o.appid = "wx3f9a2c7d5e1b4a61"
        XCTAssertEqual(Scanner.scan(path: file.path, options: o).problems.first?.code, "wxapkg.wrong-appid")
        o.appid = "wx3f9a2c7d5e1b4a60"
        let ok = Scanner.scan(path: file.path, options: o)
        XCTAssertEqual(ok.facts?.identity.id, "wx3f9a2c7d5e1b4a60")
        XCTAssertTrue(ok.findings.contains { $0.ruleId == "miniprogram.undeclared-private-info" })
    }
}
