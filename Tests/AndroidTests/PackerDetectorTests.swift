import Foundation
import XCTest
@testable import MingchaKit

/// Packer fingerprints from `Signatures/packers.json` against package layouts of packed apps.
final class PackerDetectorTests: XCTestCase {
    var sigs: PackerSignatures!

    override func setUpWithError() throws { sigs = try PackerSignatures.standard() }

    func detect(classes: [String] = [], libs: [String] = [], assets: [String] = [], declared: [String] = []) -> [PackerHit] {
        PackerDetector.detect(classNames: classes, nativeLibs: libs, assets: assets, signatures: sigs, declaredClasses: declared)
    }

    func testKnowledgeBaseCoversTheMainPackers() {
        let ids = Set(sigs.packers.map(\.id))
        for id in ["qihoo360-jiagu", "tencent-legu", "bangcle", "ijiami", "baidu-jiagu", "alibaba-jiagu", "netease-yidun",
                   "dingxiang", "nagain", "kiwisec", "payegis", "apkprotect", "dexprotector", "apktoolplus-jiagu"] {
            XCTAssertTrue(ids.contains(id), id)
        }
        XCTAssertEqual(sigs.packers.map(\.id), sigs.packers.map(\.id).sorted(), "keep packers.json sorted by id")
    }

    /// A stub DEX assembled by smali plus 360's files: detected from the real class list.
    func testQihoo360FromStubDex() throws {
        let bytes = try [UInt8](Data(contentsOf: DexFixtureTests.dir.appendingPathComponent("packed.dex")))
        let index = try DexIndex.build([try DexFile.parse(bytes, name: "classes.dex")])
        let hits = detect(classes: index.classes.map(\.name),
                          assets: ["assets/libjiagu.so", "assets/libjiagu_a64.so", "assets/libjiagu_x86.so", "assets/fonts/a.ttf"])
        XCTAssertEqual(hits.map(\.id), ["qihoo360-jiagu"])
        let hit = try XCTUnwrap(hits.first)
        XCTAssertEqual(hit.confidence, .certain)
        XCTAssertEqual(hit.nameZh, "360 加固")
        XCTAssertTrue(hit.matches.contains { $0.kind == .stubClass && $0.value == "com.stub.StubApp" })
        XCTAssertEqual(Set(hit.matches.filter { $0.kind == .asset }.map(\.value)),
                       ["assets/libjiagu.so", "assets/libjiagu_a64.so", "assets/libjiagu_x86.so"])
        XCTAssertTrue(hit.evidence.contains { $0.kind == .packageFile && $0.file == "assets/libjiagu_a64.so" })
        XCTAssertTrue(hit.evidence.contains { $0.kind == .dexClass && $0.location == "com.stub.StubApp" })
    }

    func testLegu() {
        var hits = detect(libs: ["lib/armeabi/libshella-2.9.1.2.so", "lib/armeabi/libBugly.so"])
        XCTAssertEqual(hits.map(\.id), ["tencent-legu"])
        XCTAssertEqual(hits.first?.confidence, .likely)
        hits = detect(classes: ["com.tencent.StubShell.TxAppEntry", "com.tencent.StubShell.a"],
                      libs: ["lib/arm64-v8a/libshell-super.2019.so"])
        XCTAssertEqual(hits.first?.confidence, .certain)
        XCTAssertEqual(hits.first?.matches.filter { $0.kind == .classPrefix }.map(\.value), ["com.tencent.StubShell.a"])
    }

    func testBangcleAndIjiami() {
        XCTAssertEqual(detect(libs: ["lib/arm64-v8a/libDexHelper.so"]).map(\.id), ["bangcle"])
        XCTAssertEqual(detect(assets: ["assets/ijm_lib/armeabi/libexec.so"]).map(\.id), ["ijiami"])
        XCTAssertEqual(detect(classes: ["s.h.e.l.l.S"]).first?.confidence, .certain)
    }

    /// Names other software also uses do not convict on their own.
    func testWeakEvidenceNeedsCompany() {
        XCTAssertEqual(detect(libs: ["lib/armeabi-v7a/libexec.so"]).map(\.id), [])
        XCTAssertEqual(detect(libs: ["lib/armeabi-v7a/libexec.so"], assets: ["assets/af.bin"]).map(\.id), ["ijiami"])
        XCTAssertEqual(detect(assets: ["assets/dp.mp3"]).map(\.id), [])
        XCTAssertEqual(detect(assets: ["assets/dp.mp3", "assets/dp.arm-v7.so.dat"]).map(\.id), ["dexprotector"])
        XCTAssertEqual(detect(assets: ["assets/classes0.jar"]).map(\.id), [])
    }

    func testCleanAppsAreNotPacked() throws {
        let index = try DexFixtureTests.index()
        let hits = detect(classes: index.classes.map(\.name),
                          libs: ["lib/arm64-v8a/libBugly.so", "lib/arm64-v8a/libsgmain.so", "lib/arm64-v8a/libnetsecsdk-4.1.so"],
                          assets: ["assets/index.html", "assets/.appkey.bak"],
                          declared: ["com.mingcha.fx.PrivacyApp", "com.mingcha.fx.SplashApp"])
        XCTAssertEqual(hits.map(\.id), [])
    }

    func testDeclaredClassesMissingFromDex() throws {
        let index = try DexFixtureTests.index()
        let hits = detect(classes: index.classes.map(\.name),
                          declared: ["com.example.App", "com.example.MainActivity", "com.mingcha.fx.PrivacyApp"])
        XCTAssertEqual(hits.map(\.id), ["unknown"])
        XCTAssertEqual(hits.first?.matches.map(\.value), ["com.example.App", "com.example.MainActivity"])
        // A known packer explains the missing classes by itself.
        XCTAssertEqual(detect(classes: ["com.stub.StubApp"], declared: ["com.example.App", "com.example.Main"]).map(\.id),
                       ["qihoo360-jiagu"])
    }

    func testGlob() {
        XCTAssertTrue(Glob.matches("libjiagu_*.so", "libjiagu_a64.so"))
        XCTAssertFalse(Glob.matches("libjiagu_*.so", "libjiagu.so"))
        XCTAssertTrue(Glob.matches("libshell-super.*.so", "libshell-super.2019.so"))
        XCTAssertTrue(Glob.matches("dp.*.so.dat", "dp.arm-v7.so.dat"))
        XCTAssertFalse(Glob.matches("dp.*.so.dat", "dp.arm-v7.so"))
        XCTAssertTrue(Glob.matches("ijm_lib/", "ijm_lib/x86/libexec.so"))
        XCTAssertTrue(Glob.matches("a*b*c", "aXbYbZc"))
        XCTAssertFalse(Glob.matches("a*b*c", "aXbYbZ"))
        XCTAssertTrue(Glob.matches("x**", "x"))
    }

    func testInvalidSignatureFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-packers-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func code(_ json: String) throws -> String? {
            let url = dir.appendingPathComponent("p.json")
            try json.write(to: url, atomically: true, encoding: .utf8)
            do { _ = try PackerSignatures.load(from: url); return nil } catch let e as PackerSignatureError { return e.code }
        }
        let one = #"{"id":"a","nameZh":"甲","nameEn":"A","nativeLibs":["liba.so"]}"#
        XCTAssertNil(try code(#"{"version":"1","packers":[\#(one)]}"#))
        XCTAssertEqual(try code(#"{"version":"1","packers":[\#(one),\#(one)]}"#), "signatures.invalid")
        XCTAssertEqual(try code(#"{"version":"1","packers":[{"id":"b","nameZh":"乙","nameEn":"B","assets":["*"]}]}"#),
                       "signatures.invalid")
        XCTAssertEqual(try code(#"{"version":"1","packers":[{"id":"c","nameZh":"丙","nameEn":"C"}]}"#), "signatures.invalid")
        XCTAssertEqual(try code("not json"), "signatures.invalid")
        XCTAssertThrowsError(try PackerSignatures.load(from: dir.appendingPathComponent("absent.json")))
    }
}
