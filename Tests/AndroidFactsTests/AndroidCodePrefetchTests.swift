import Foundation
import XCTest
@testable import MingchaKit

/// DEX files read and parsed ahead on another core must give the index reading them one by one gives,
/// keep the scan's deadline, and stay off when the inflate budget could make the order matter.
final class AndroidCodePrefetchTests: XCTestCase {
    /// An app from a fixture; the DEX fixture `multidex.apk` has code only, no manifest.
    private func input(_ relative: String, limits: ScanLimits = ScanLimits()) throws -> ApkInput {
        let path = MingchaPaths.testFixtures.appendingPathComponent(relative).path
        let budget = InflateBudget(limits: limits)
        guard relative.hasSuffix("multidex.apk") else { return try ApkInput.open(path: path, limits: limits, budget: budget) }
        return ApkInput(path: path, kind: "apk", base: try ZipArchive(path: path, limits: limits, budget: budget),
                        splits: [], container: nil, declaredPackage: nil)
    }

    /// What a test can compare of two indexes: files, classes, members, edges and problems.
    private func summary(_ i: DexIndex) -> [String] {
        i.dexFiles + i.classes.map { "\($0.dexFile):\($0.name):\($0.methods.map(\.id))" }
            + ["methods \(i.methodCount) fields \(i.fieldCount) calls \(i.calls.count) strings \(i.constStrings.count)"]
            + (0..<i.calls.count).compactMap { i.callSite(edge: $0).map { "\($0.caller.smali) -> \($0.callee.smali)" } }
            + i.problems.map { "\($0.dexFile) \($0.code) \($0.message)" }
    }

    func testPrefetchedIndexIsTheSequentialOne() throws {
        // Three root DEX files (the third broken), a bundle and an APK with two small DEX files
        // each, an APK whose second DEX is broken.
        for fixture in ["dex/multidex.apk", "archive/bundle.apks", "archive/signed-v1v2v3.apk",
                        "android-facts/facts-brokendex.apk"] {
            let app = try input(fixture)
            let ahead = AndroidCode(app, limits: ScanLimits(), prefetch: true)
            XCTAssertTrue(ahead.isPrefetching, fixture)
            let prefetched = try ahead.index()
            let sequential = try AndroidCode(try input(fixture), limits: ScanLimits(), prefetch: false).index()
            if !fixture.hasPrefix("archive/") { XCTAssertFalse(sequential.classes.isEmpty, fixture) }
            XCTAssertEqual(summary(prefetched), summary(sequential), fixture)
        }
        let multidex = try AndroidCode(try input("dex/multidex.apk"), limits: ScanLimits(), prefetch: true).index()
        XCTAssertEqual(multidex.dexFiles, ["classes.dex", "classes2.dex"])
        XCTAssertEqual(multidex.problems.map { "\($0.dexFile) \($0.code)" }, ["classes3.dex dex.truncated"])
    }

    /// The reads on the other core run under the scan's deadline: once it has passed, the
    /// prefetched files fail with `scan.timeout` as the files read in place do.
    func testPrefetchKeepsTheDeadline() throws {
        let app = try input("dex/multidex.apk")
        let index = try ScanDeadline.run(seconds: 0) {
            try AndroidCode(app, limits: ScanLimits(), prefetch: true).index()
        }
        XCTAssertTrue(index.classes.isEmpty)
        XCTAssertEqual(Set(index.problems.map(\.code)), ["scan.timeout"], "\(index.problems)")
    }

    /// With a budget smaller than the entries declare, reading ahead could make another entry be
    /// the one that runs out, so nothing is read ahead and the result is the sequential one.
    func testNoPrefetchWhenTheBudgetMightRunOut() throws {
        let full = try input("dex/multidex.apk")
        let declared = full.base.entries.reduce(0) { $0 + $1.uncompressedSize }
        var limits = ScanLimits()
        limits.maxTotalBytes = declared - 1
        let tight = AndroidCode(try input("dex/multidex.apk", limits: limits), limits: limits, prefetch: true)
        XCTAssertFalse(tight.isPrefetching)
        limits.maxTotalBytes = declared + full.base.budget.consumed
        XCTAssertTrue(AndroidCode(try input("dex/multidex.apk", limits: limits), limits: limits, prefetch: true).isPrefetching)
    }
}
