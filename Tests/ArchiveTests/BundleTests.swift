import XCTest
@testable import MingchaKit

/// .apks and .xapk bundles open as one app: the base APK and its splits.
final class BundleTests: XCTestCase {
    func open(_ name: String, limits: ScanLimits = ScanLimits()) throws -> ApkInput {
        try ApkInput.open(path: ArchiveFixtures.path(name), limits: limits, budget: InflateBudget(limits: limits))
    }

    func testPlainApk() throws {
        let input = try open("signed-v1v2v3.apk")
        XCTAssertEqual(input.kind, "apk")
        XCTAssertEqual(input.base.name, "signed-v1v2v3.apk")
        XCTAssertTrue(input.splits.isEmpty)
        XCTAssertNil(input.container)
    }

    func testBundletoolApks() throws {
        let input = try open("bundle.apks")
        XCTAssertEqual(input.kind, "apks")
        XCTAssertEqual(input.base.name, "splits/base-master.apk")
        XCTAssertEqual(input.splits.map(\.name), ["splits/base-arm64_v8a.apk"])
        XCTAssertNotNil(input.base.entry("classes.dex"))
        XCTAssertNotNil(input.splits.first?.entry("lib/arm64-v8a/libbar.so"))
        // The base inside the bundle is byte-identical to the fixture APK: same signer.
        let signing = ApkSigning.read(path: input.path, archive: input.base)
        XCTAssertEqual(signing.schemes, ["v1", "v2", "v3"])
        XCTAssertEqual(signing.signerCertificates.map(\.sha256), try SigningTests.expected()["signed-v1v2v3.apk"])
    }

    func testXapk() throws {
        let input = try open("bundle.xapk")
        XCTAssertEqual(input.kind, "xapk")
        XCTAssertEqual(input.declaredPackage, "com.mingcha.fixture")
        XCTAssertEqual(input.base.name, "com.mingcha.fixture.apk")
        XCTAssertEqual(input.splits.map(\.name), ["config.arm64_v8a.apk"])
        XCTAssertEqual(input.archives.count, 2)
    }

    /// Without helpful names the manifest decides: the APK without a `split` attribute is the base.
    func testBaseChosenByManifestWhenNamesSayNothing() throws {
        let input = try open("bundle.apks")
        let split = try XCTUnwrap(input.splits.first)
        let index = try ApkInput.chooseBase([("one.apk", split), ("two.apk", input.base)], xapk: nil,
                                            bundle: "test", limits: ScanLimits())
        XCTAssertEqual(index, 1)
        // A split named base.apk does not fool it either.
        let index2 = try ApkInput.chooseBase([("base.apk", split), ("two.apk", input.base)], xapk: nil,
                                             bundle: "test", limits: ScanLimits())
        XCTAssertEqual(index2, 1)
    }

    func testManifestProbeReadsRootAttributes() throws {
        let input = try open("bundle.apks")
        let base = try XCTUnwrap(ManifestRootProbe.rootAttributes(try XCTUnwrap(input.base.read("AndroidManifest.xml")), limits: ScanLimits()))
        XCTAssertEqual(base["package"], .some("com.mingcha.fixture"))
        XCTAssertTrue(base["split"] == nil)
        let split = try XCTUnwrap(ManifestRootProbe.rootAttributes(try XCTUnwrap(input.splits[0].read("AndroidManifest.xml")), limits: ScanLimits()))
        XCTAssertEqual(split["split"], .some("config.arm64_v8a"))
        XCTAssertNil(ManifestRootProbe.rootAttributes(Array("<manifest/>".utf8), limits: ScanLimits()))
    }

    /// Damaged manifests and damaged bundles: nil or a typed error, never a trap.
    func testDamagedManifestsAndBundlesNeverCrash() throws {
        let input = try open("bundle.apks")
        let manifest = try XCTUnwrap(input.splits[0].read("AndroidManifest.xml"))
        // bundle.apks stores its APKs, so most damage lands inside an APK that still opens.
        let bundle = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("bundle.apks")))
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        var probed = 0
        for round in 0..<400 {
            var m = manifest
            for _ in 0..<(1 + round % 6) { m[next() % m.count] = UInt8(truncatingIfNeeded: next()) }
            if ManifestRootProbe.rootAttributes(m, limits: ScanLimits()) != nil { probed += 1 }
            _ = ManifestRootProbe.rootAttributes(Array(manifest.prefix(next() % manifest.count)), limits: ScanLimits())
        }
        XCTAssertGreaterThan(probed, 0)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-arch-\(getpid()).apks")
        defer { try? FileManager.default.removeItem(at: tmp) }
        var opened = 0
        for _ in 0..<60 {
            var b = bundle
            b[next() % b.count] ^= UInt8(truncatingIfNeeded: next()) | 1
            try Data(b).write(to: tmp)
            do {
                let i = try ApkInput.open(path: tmp.path, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
                _ = ApkSigning.read(path: tmp.path, archive: i.base)
                _ = ApkInventory(input: i)
                opened += 1
            } catch let e as MingchaError {
                XCTAssertTrue(e.code.hasPrefix("zip.") || e.code.hasPrefix("bundle."), e.code)
            }
        }
        XCTAssertGreaterThan(opened, 0)
    }

    func testBundleErrors() {
        XCTAssertEqual(ArchiveFixtures.code { _ = try self.open("bundle-no-base.apks") }, "bundle.no-base")
        XCTAssertEqual(ArchiveFixtures.code { _ = try self.open("bundle-nested.apks") }, "zip.nesting-too-deep")
        var limits = ScanLimits()
        limits.maxNesting = 1
        XCTAssertEqual(ArchiveFixtures.code { _ = try self.open("bundle.apks", limits: limits) }, "zip.nesting-too-deep")
        XCTAssertEqual(ArchiveFixtures.code { _ = try self.open("quirk-duplicates.zip") }, "zip.no-apk")
    }

    func testBundleReadsCountAgainstTheAppBudget() throws {
        var limits = ScanLimits()
        limits.maxTotalBytes = 10_000   // the two APKs inside are ~8.7 KB each
        XCTAssertEqual(ArchiveFixtures.code {
            _ = try ApkInput.open(path: ArchiveFixtures.path("bundle.apks"), limits: limits, budget: InflateBudget(limits: limits))
        }, "zip.total-too-large")
    }

    func testInventoryOfBundle() throws {
        let input = try open("bundle.xapk")
        let inv = ApkInventory(input: input)
        XCTAssertEqual(inv.nativeLibraries, ["armeabi-v7a": ["libfoo.so"], "arm64-v8a": ["libbar.so", "libfoo.so"]])
        XCTAssertEqual(inv.assets, ["assets/privacy.html", "assets/sub/data.bin"])
        XCTAssertEqual(inv.dexFiles, [.init(name: "classes.dex", size: 4096), .init(name: "classes2.dex", size: 1024)])
        XCTAssertEqual(inv.entryCount, input.base.entries.count + input.splits[0].entries.count)
        XCTAssertEqual(inv.entryCount, 10 + 7)
        XCTAssertTrue(inv.nestedArchives.isEmpty)
        if let out = ArchiveFixtures.run("/usr/bin/sha256sum", [ArchiveFixtures.path("bundle.xapk")]) {
            XCTAssertEqual(inv.sha256, String(out.out.prefix(64)))
        }
        // The bundle zip itself holds APKs: the inventory of the container lists them.
        let outer = try XCTUnwrap(input.container)
        XCTAssertEqual(ApkInventory(archives: [outer]).nestedArchives, ["com.mingcha.fixture.apk", "config.arm64_v8a.apk"])
    }

    func testDexOrderIsLoadOrder() throws {
        let limits = ScanLimits()
        var entries: [(String, [UInt8])] = [("classes10.dex", [1]), ("classes2.dex", [1, 2]), ("classes.dex", [1, 2, 3]),
                                            ("lib/x86/libz.so", [0]), ("sub/classes3.dex", [0])]
        entries.shuffle()
        let z = try ZipArchive(bytes: ZipWriterForTests.stored(entries), name: "t.apk", limits: limits, budget: InflateBudget(limits: limits))
        let inv = ApkInventory(archives: [z])
        XCTAssertEqual(inv.dexFiles.map(\.name), ["classes.dex", "classes2.dex", "classes10.dex"])
        XCTAssertEqual(inv.dexFiles.map(\.size), [3, 2, 1])
        XCTAssertEqual(inv.nativeLibraries, ["x86": ["libz.so"]])
    }
}

/// A minimal stored-only zip writer for in-memory test archives (the format, written out).
enum ZipWriterForTests {
    static func stored(_ files: [(String, [UInt8])], zip64EndRecord: Bool = false) -> [UInt8] {
        var out: [UInt8] = [], cd: [UInt8] = []
        func u16(_ v: Int, _ b: inout [UInt8]) { b += [UInt8(v & 0xff), UInt8(v >> 8 & 0xff)] }
        func u32(_ v: UInt32, _ b: inout [UInt8]) { for i in 0..<4 { b.append(UInt8(v >> (8 * UInt32(i)) & 0xff)) } }
        for (name, data) in files {
            let n = Array(name.utf8), crc = Inflater.crc32(data), offset = UInt32(out.count)
            u32(0x0403_4b50, &out); u16(10, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out); u16(n.count, &out); u16(0, &out)
            out += n; out += data
            u32(0x0201_4b50, &cd); u16(20, &cd); u16(10, &cd); u16(0, &cd); u16(0, &cd); u16(0, &cd); u16(0, &cd)
            u32(crc, &cd); u32(UInt32(data.count), &cd); u32(UInt32(data.count), &cd); u16(n.count, &cd)
            u16(0, &cd); u16(0, &cd); u16(0, &cd); u16(0, &cd); u32(0, &cd); u32(offset, &cd); cd += n
        }
        let cdOffset = out.count
        out += cd
        if zip64EndRecord {
            // zip64 end record + locator, and a classic end record whose fields say "see zip64".
            func u64(_ v: Int, _ b: inout [UInt8]) { for i in 0..<8 { b.append(UInt8(v >> (8 * i) & 0xff)) } }
            let z64 = out.count
            u32(0x0606_4b50, &out); u64(44, &out); u16(45, &out); u16(45, &out); u32(0, &out); u32(0, &out)
            u64(files.count, &out); u64(files.count, &out); u64(cd.count, &out); u64(cdOffset, &out)
            u32(0x0706_4b50, &out); u32(0, &out); u64(z64, &out); u32(1, &out)
            u32(0x0605_4b50, &out); u16(0, &out); u16(0, &out); u16(0xFFFF, &out); u16(0xFFFF, &out)
            u32(0xFFFF_FFFF, &out); u32(0xFFFF_FFFF, &out); u16(0, &out)
            return out
        }
        u32(0x0605_4b50, &out); u16(0, &out); u16(0, &out); u16(files.count, &out); u16(files.count, &out)
        u32(UInt32(cd.count), &out); u32(UInt32(cdOffset), &out); u16(0, &out)
        return out
    }
}
