import Foundation
import XCTest
@testable import MingchaKit

/// What the pipeline does with damaged code, bundles and inputs that are no APK.
final class AndroidScanInputTests: XCTestCase {
    /// A second DEX that is garbage: a typed problem names it, and classes.dex still gives facts.
    func testBrokenSecondDexIsPartialNotFatal() throws {
        let path = FactsFixture.dir.appendingPathComponent("facts-brokendex.apk").path
        let s = try AndroidScan.run(path: path, kind: .apk, options: ScanOptions(), knowledge: FactsFixture.knowledge)
        let dexProblems = s.problems.filter { $0.code.hasPrefix("dex.") }
        XCTAssertFalse(dexProblems.isEmpty, "\(s.problems)")
        XCTAssertTrue(dexProblems.allSatisfy { $0.message.hasPrefix("classes2.dex") }, "\(dexProblems)")
        XCTAssertEqual(s.facts.sdks.first { $0.id == "umeng" }?.strength, .initialised)
        XCTAssertNotNil(s.facts.collection.first { $0.infoType == "device_id" && $0.channel == .api })
        // Unsigned copy: the developer is unknown and that is said.
        XCTAssertNil(s.facts.identity.developer)
        XCTAssertTrue(s.facts.limitations.contains { $0.contains("no signing certificate") }, "\(s.facts.limitations)")
    }

    /// An .apks bundle is one app: identity from the base split.
    func testBundleScansAsOneApp() throws {
        let path = MingchaPaths.testFixtures.appendingPathComponent("archive/bundle.apks").path
        let s = try AndroidScan.run(path: path, kind: .apkBundle, options: ScanOptions(), knowledge: FactsFixture.knowledge)
        XCTAssertFalse(s.facts.identity.id.isEmpty)
        XCTAssertEqual(s.facts.identity.platform, .android)
    }

    /// Not an APK: a typed error with a code, never a crash.
    func testTruncatedZipIsATypedError() {
        let path = MingchaPaths.testFixtures.appendingPathComponent("archive/truncated-tail.zip").path
        XCTAssertThrowsError(try AndroidScan.run(path: path, kind: .apk, options: ScanOptions(), knowledge: FactsFixture.knowledge)) { e in
            XCTAssertTrue(e is MingchaError, "\(e)")
            XCTAssertFalse((e as? MingchaError)?.code.isEmpty ?? true)
        }
    }

    /// Limits are the scan's: a DEX count of zero allowed makes the code unreadable (partial),
    /// the manifest facts stay.
    func testDexLimitMakesTheScanPartial() throws {
        var options = ScanOptions()
        options.limits.maxDexCount = 0
        let s = try AndroidScan.run(path: FactsFixture.apk, kind: .apk, options: options, knowledge: FactsFixture.knowledge)
        XCTAssertTrue(s.problems.contains { $0.code.hasPrefix("dex.") }, "\(s.problems)")
        XCTAssertEqual(s.facts.identity.id, "cn.mingcha.facts")
        XCTAssertTrue(s.facts.collection.filter { $0.channel == .api }.isEmpty)
        XCTAssertFalse(s.facts.autostart.isEmpty, "manifest facts do not need the code")
    }
}
