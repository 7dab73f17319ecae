import Foundation
import XCTest
@testable import MingchaKit

/// The per-app JSON document: chosen by default when stdout is not a terminal, and carrying the
/// parsed APK (manifest model, signing, inventory, code size) next to the facts and findings.
final class ScanDocumentTests: XCTestCase {
    let apk = MingchaPaths.samples.appendingPathComponent("apk/built/combo-shop.apk").path

    func testDefaultOutputToAPipeIsTheJSONDocumentWithThePackage() throws {
        let r = try CLI.run(["scan", apk])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(r.stdout.utf8))
        XCTAssertEqual(report.schemaVersion, ScanReport.schemaVersion)
        let pkg = try XCTUnwrap(report.android, "an APK's report carries its parsed package")
        XCTAssertEqual(pkg.manifest.package, "cn.mingcha.sample.comboshop")
        XCTAssertEqual(pkg.manifest.package, report.facts?.identity.id)
        XCTAssertFalse(pkg.manifest.components.isEmpty)
        XCTAssertEqual(pkg.manifest.permissionNames.sorted(), report.facts?.permissions.map(\.name).sorted())
        // The sample is signed v1+v2+v3 with the committed test key; apksigner prints this digest.
        XCTAssertEqual(pkg.signing.schemes.filter { $0.hasPrefix("v") }.prefix(3), ["v1", "v2", "v3"])
        XCTAssertTrue(pkg.signing.signerCertificates.contains { $0.sha256.lowercased() == "eaf322532551d2f5b7ddc026b067fdb5a7b017f3db642eb0c38927f773e7fc36" })
        XCTAssertEqual(pkg.inventory.dexFiles.map(\.name), ["classes.dex"])
        let code = try XCTUnwrap(pkg.code)
        XCTAssertEqual(code.dexFiles.count, 1)
        XCTAssertFalse(code.partial)
        // The class count is the index's, built here independently.
        let zip = try ZipArchive(path: apk, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
        let index = try DexIndex.build(apk: zip, limits: ScanLimits())
        XCTAssertEqual(code.classes, index.classes.count)
        XCTAssertEqual(code.invokes, index.calls.count)
        // An explicit format still wins.
        let text = try CLI.run(["scan", apk, "--format", "text"])
        XCTAssertTrue(text.stdout.contains("cn.mingcha.sample.comboshop"))
        XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data(text.stdout.utf8)))
    }

    func testMiniProgramReportHasNoAndroidPackage() throws {
        let wx = MingchaPaths.samples.appendingPathComponent("apk/../miniprogram/built/clean.wxapkg").standardizedFileURL.path
        let r = try CLI.run(["scan", wx, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONDecoder().decode(ScanReport.self, from: Data(r.stdout.utf8))
        XCTAssertNil(report.android)
        XCTAssertEqual(report.facts?.identity.platform, .miniprogram)
    }
}
