import Foundation
import XCTest
@testable import MingchaKit

/// The APK entry points: classes*.dex read through the archive stage in Android's order.
final class DexArchiveTests: XCTestCase {
    func open(_ name: String) throws -> ZipArchive {
        let limits = ScanLimits()
        return try ZipArchive(path: DexFixtureTests.dir.appendingPathComponent(name).path, limits: limits,
                              budget: InflateBudget(limits: limits))
    }

    func testMultidexApk() throws {
        let apk = try open("multidex.apk")
        let index = try DexIndex.build(apk: apk, limits: ScanLimits())
        // classes.dex first although the zip stores classes2.dex first; assets/classes3.dex is not code.
        XCTAssertEqual(index.dexFiles, ["classes.dex", "classes2.dex"])
        XCTAssertEqual(index.classes.count, 5)
        XCTAssertEqual(index.class(named: "com.umeng.commonsdk.UMConfigure")?.dexFile, "classes2.dex")
        // The broken classes3.dex is a recorded problem, not a lost app.
        XCTAssertEqual(index.problems.map(\.dexFile), ["classes3.dex"])
        XCTAssertEqual(index.problems.map(\.code), ["dex.truncated"])
        XCTAssertEqual(index.callSites(matching: "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;").count, 2)
    }

    func testPackedApk() throws {
        let apk = try open("packed.apk")
        let index = try DexIndex.build(apk: apk, limits: ScanLimits())
        let hits = PackerDetector.detect(index: index, entryNames: apk.entries.map(\.name),
                                         signatures: try PackerSignatures.standard())
        XCTAssertEqual(hits.map(\.id), ["qihoo360-jiagu"])
        XCTAssertEqual(hits.first?.confidence, .certain)
        XCTAssertEqual(Set(hits.first?.matches.map(\.value) ?? []),
                       ["com.stub.StubApp", "assets/libjiagu.so", "assets/libjiagu_a64.so"])
    }
}
