import XCTest
@testable import MingchaKit

/// Permission requests of the fixture app: the launcher's onCreate request is at launch and
/// bundled; the onResume request without a stored refusal repeats; the MapActivity request reads
/// a stored refusal and checks the rationale; the button request has no lifecycle.
final class PermissionRequestAnalysisTests: XCTestCase {
    func requests() throws -> [PermissionRequestFact] {
        let f = try AnalysisFixture.load()
        return PermissionRequestAnalysis.run(dex: f.dex, manifest: f.manifest, knowledge: AnalysisFixture.knowledge, sdks: [])
    }

    func request(_ permission: String) throws -> PermissionRequestFact {
        let hits = try requests().filter { $0.site.contains("SplashActivity") && $0.permissions.contains(permission) }
        XCTAssertEqual(hits.count, 1, permission)
        return try XCTUnwrap(hits.first)
    }

    func testLauncherOnCreateRequestIsAtLaunchAndBundled() throws {
        let r = try request("android.permission.READ_PHONE_STATE")
        XCTAssertEqual(r.site, "Lcom/mingcha/sample/SplashActivity;->onCreate(Landroid/os/Bundle;)V")
        XCTAssertEqual(r.lifecycle, "onCreate")
        XCTAssertTrue(r.atLaunch)
        XCTAssertEqual(r.permissions, ["android.permission.ACCESS_FINE_LOCATION", "android.permission.READ_PHONE_STATE"])
        XCTAssertEqual(r.groups, ["LOCATION", "PHONE"])
        XCTAssertEqual(r.infoTypes, ["device_id", "location"])
        XCTAssertEqual(r.rationale, PermissionRequestFact.Rationale.none)
        XCTAssertEqual(r.denialPersisted, false)
        XCTAssertEqual(r.evidence.first?.detail, "Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V")
    }

    func testOnResumeThroughHelperIsFoundWithItsPath() throws {
        let r = try request("android.permission.CAMERA")
        XCTAssertEqual(r.site, "Lcom/mingcha/sample/SplashActivity;->askCamera()V")
        XCTAssertEqual(r.lifecycle, "onResume")
        XCTAssertTrue(r.atLaunch)
        XCTAssertEqual(r.denialPersisted, false)
        XCTAssertEqual(r.evidence.last?.path?.first, "Lcom/mingcha/sample/SplashActivity;->onResume()V")
    }

    func testButtonRequestIsNotAtLaunch() throws {
        let r = try request("android.permission.RECORD_AUDIO")
        XCTAssertEqual(r.site, "Lcom/mingcha/sample/SplashActivity;->askMic()V")
        XCTAssertNil(r.lifecycle)
        XCTAssertFalse(r.atLaunch)
    }

    func testStoredRefusalAndRationaleAreSeen() throws {
        let map = try requests().filter { $0.site.hasPrefix("Lcom/mingcha/sample/MapActivity;") }
        XCTAssertEqual(map.count, 1)
        let r = try XCTUnwrap(map.first)
        XCTAssertEqual(r.lifecycle, "onResume")
        XCTAssertFalse(r.atLaunch, "MapActivity is not a launch screen")
        XCTAssertEqual(r.rationale, .shown)
        XCTAssertEqual(r.denialPersisted, true)
        XCTAssertEqual(r.permissions, ["android.permission.ACCESS_FINE_LOCATION"])
    }

    func testNamesFromStaticArrayInitialiser() throws {
        let r = try XCTUnwrap(requests().first { $0.site.hasPrefix("Lcom/mingcha/sample/ScanActivity;") })
        XCTAssertEqual(r.site, "Lcom/mingcha/sample/ScanActivity;->onStart()V")
        XCTAssertEqual(r.permissions, ["android.permission.CAMERA", "android.permission.READ_EXTERNAL_STORAGE"])
        XCTAssertEqual(r.groups, ["CAMERA", "STORAGE"])
        XCTAssertEqual(r.lifecycle, "onStart")
        XCTAssertFalse(r.atLaunch)
    }

    func testOnlyAppSitesAreReported() throws {
        XCTAssertEqual(try requests().count, 5)
    }
}
