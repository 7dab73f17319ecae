import XCTest
@testable import MingchaKit

/// Hostile and broken zips end the app's scan with a typed error, never a crash or a hang.
final class ZipHostileTests: XCTestCase {
    func testBombRefusedBeforeInflating() throws {
        let limits = ScanLimits()
        let budget = InflateBudget(limits: limits)
        let z = try ArchiveFixtures.open("bomb.zip", limits: limits, budget: budget)
        XCTAssertEqual(ArchiveFixtures.code { _ = try z.read("zeros.bin") }, "zip.bomb")
        XCTAssertEqual(budget.consumed, 0)
    }

    func testBombReadableWhenRatioLimitRaised() throws {
        var limits = ScanLimits()
        limits.maxCompressionRatio = 5000
        let z = try ArchiveFixtures.open("bomb.zip", limits: limits)
        let out = try XCTUnwrap(try z.read("zeros.bin"))
        XCTAssertEqual(out.count, 4 << 20)
        XCTAssertTrue(out.allSatisfy { $0 == 0 })
    }

    func testEntryTooLarge() throws {
        var limits = ScanLimits()
        limits.maxEntryBytes = 50_000
        let z = try ArchiveFixtures.open("three-100k.zip", limits: limits)
        XCTAssertEqual(ArchiveFixtures.code { _ = try z.read("part0.bin") }, "zip.entry-too-large")
    }

    func testTooManyEntries() {
        var limits = ScanLimits()
        limits.maxEntries = 100
        XCTAssertEqual(ArchiveFixtures.code { _ = try ArchiveFixtures.open("many-entries.zip", limits: limits) },
                       "zip.too-many-entries")
        limits.maxEntries = 300
        XCTAssertNil(ArchiveFixtures.code { _ = try ArchiveFixtures.open("many-entries.zip", limits: limits) })
    }

    func testTotalBudgetSharedAcrossArchives() throws {
        var limits = ScanLimits()
        limits.maxTotalBytes = 250_000
        let budget = InflateBudget(limits: limits)
        let a = try ArchiveFixtures.open("three-100k.zip", limits: limits, budget: budget)
        let b = try ArchiveFixtures.open("three-100k.zip", limits: limits, budget: budget)
        XCTAssertEqual(try a.read("part0.bin")?.count, 102_400)
        XCTAssertEqual(try b.read("part1.bin"), [UInt8](repeating: 1, count: 102_400))
        XCTAssertEqual(ArchiveFixtures.code { _ = try a.read("part2.bin") }, "zip.total-too-large")
        XCTAssertEqual(budget.consumed, 204_800)
    }

    func testLyingSizes() throws {
        let small = try ArchiveFixtures.open("lie-size-both-headers.zip")
        XCTAssertEqual(small.entry("liar.txt")?.uncompressedSize, 10)
        XCTAssertEqual(ArchiveFixtures.code { _ = try small.read("liar.txt") }, "zip.size-mismatch")
        let big = try ArchiveFixtures.open("lie-size-too-big.zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try big.read("liar.txt") }, "zip.size-mismatch")
    }

    func testLyingLocalHeader() throws {
        let size = try ArchiveFixtures.open("lie-local-header.zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try size.read("liar.txt") }, "zip.local-header-mismatch")
        let name = try ArchiveFixtures.open("lie-local-name.zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try name.read("liar.txt") }, "zip.local-header-mismatch")
    }

    func testBadCRC() throws {
        let z = try ArchiveFixtures.open("bad-crc.zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try z.read("crc.txt") }, "zip.crc-mismatch")
    }

    func testTruncatedAndGarbage() {
        XCTAssertEqual(ArchiveFixtures.code { _ = try ArchiveFixtures.open("truncated-tail.zip") }, "zip.truncated")
        XCTAssertEqual(ArchiveFixtures.code { _ = try ArchiveFixtures.open("truncated-directory.zip") }, "zip.truncated")
        XCTAssertEqual(ArchiveFixtures.code { _ = try ArchiveFixtures.open("garbage.bin") }, "zip.not-a-zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try ArchiveFixtures.open("does-not-exist.zip") }, "zip.unreadable")
        let limits = ScanLimits()
        XCTAssertEqual(ArchiveFixtures.code {
            _ = try ZipArchive(bytes: [], name: "empty", limits: limits, budget: InflateBudget(limits: limits))
        }, "zip.not-a-zip")
    }

    /// libzip cuts a name at NUL; Android refuses such names, so do we (with our own code).
    func testNulInEntryName() {
        let limits = ScanLimits()
        let bytes = ZipWriterForTests.stored([("ok.txt", [1]), ("evil\0.txt", [2])])
        XCTAssertEqual(ArchiveFixtures.code {
            _ = try ZipArchive(bytes: bytes, name: "nul.zip", limits: limits, budget: InflateBudget(limits: limits))
        }, "zip.bad-entry-name")
    }

    /// Many threads reading one archive get the right bytes, and the shared budget adds up exactly.
    func testConcurrentReads() throws {
        let limits = ScanLimits()
        let budget = InflateBudget(limits: limits)
        let z = try ArchiveFixtures.open("three-100k.zip", limits: limits, budget: budget)
        let lock = NSLock()
        var bad = 0
        DispatchQueue.concurrentPerform(iterations: 60) { i in
            let part = i % 3
            let ok = (try? z.read("part\(part).bin")) == [UInt8](repeating: UInt8(part), count: 102_400)
            if !ok { lock.lock(); bad += 1; lock.unlock() }
        }
        XCTAssertEqual(bad, 0)
        XCTAssertEqual(budget.consumed, 60 * 102_400)
    }

    /// Every prefix and a sample of byte flips of a real APK: typed errors or success, never a trap.
    func testCutsAndFlipsNeverCrash() throws {
        let bytes = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("signed-v1v2v3.apk")))
        let limits = ScanLimits()
        var opened = 0, refused = 0
        func attempt(_ b: [UInt8]) {
            do {
                let z = try ZipArchive(bytes: b, name: "mutant", limits: limits, budget: InflateBudget(limits: limits))
                opened += 1
                for e in z.entries { _ = try? z.read(e) }
                _ = ApkSigning.read(path: "mutant", archive: z)
            } catch let e as MingchaError {
                XCTAssertTrue(e.code.hasPrefix("zip."), e.code)
                refused += 1
            } catch { XCTFail("untyped \(error)") }
        }
        for cut in stride(from: 0, to: bytes.count, by: 97) { attempt(Array(bytes[0..<cut])) }
        var seed: UInt64 = 42
        for _ in 0..<300 {
            var b = bytes
            for _ in 0..<4 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                b[Int(seed >> 33) % b.count] ^= UInt8(truncatingIfNeeded: seed >> 20) | 1
            }
            attempt(b)
        }
        XCTAssertGreaterThan(opened, 100)
        XCTAssertGreaterThan(refused, 50)
    }
}
