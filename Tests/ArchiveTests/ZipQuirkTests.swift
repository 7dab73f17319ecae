import XCTest
@testable import MingchaKit

/// What Android's installer accepts must open, and the right bytes must come out.
final class ZipQuirkTests: XCTestCase {
    func testEncryptionFlagIgnoredOnStoredAndDeflated() throws {
        let z = try ArchiveFixtures.open("quirk-encryption-flag.zip")
        XCTAssertEqual(z.entries.map(\.name), ["stored.txt", "deflated.txt"])
        XCTAssertTrue(z.entries.allSatisfy(\.encryptedFlag))
        XCTAssertEqual(try z.read("stored.txt"), ArchiveFixtures.text)
        XCTAssertEqual(try z.read("deflated.txt"), ArchiveFixtures.text)
        XCTAssertTrue(z.anomalies.contains { $0.contains("encryption flag set on 2 entries") }, "\(z.anomalies)")
    }

    func testBogusMethodOnStoredDataReadAsStored() throws {
        let z = try ArchiveFixtures.open("quirk-bogus-method.zip")
        let e = try XCTUnwrap(z.entry("bogus.txt"))
        XCTAssertEqual(e.method, 0x1234)
        XCTAssertEqual(try z.read(e), ArchiveFixtures.text)
    }

    /// Sizes that differ show compression: inflated, as apksigner does (its weird-compression-method APK).
    func testBogusMethodOnDeflatedDataInflated() throws {
        let z = try ArchiveFixtures.open("bogus-method-deflated.zip")
        XCTAssertEqual(z.entry("packed.txt")?.method, 0x1234)
        XCTAssertEqual(try z.read("packed.txt"), ArchiveFixtures.text)
    }

    func testBogusMethodOnUnknownDataIsTypedError() throws {
        let z = try ArchiveFixtures.open("bogus-method-garbage.zip")
        XCTAssertEqual(ArchiveFixtures.code { _ = try z.read("packed.txt") }, "zip.unsupported-method")
    }

    func testDuplicateNamesFirstCentralDirectoryEntryWins() throws {
        let z = try ArchiveFixtures.open("quirk-duplicates.zip")
        XCTAssertEqual(z.entries.map(\.name), ["dup.txt", "other.txt"])
        XCTAssertEqual(z.entries.map(\.index), [0, 1])
        XCTAssertEqual(z.duplicateNames, ["dup.txt"])
        XCTAssertEqual(try z.read("dup.txt"), Array("first".utf8))
    }

    func testJunkBeforeFirstLocalHeader() throws {
        let z = try ArchiveFixtures.open("quirk-junk-prefix.zip")
        XCTAssertEqual(try z.read("a.txt"), ArchiveFixtures.text)
        XCTAssertTrue(z.anomalies.contains("400 byte(s) before the first local header"), "\(z.anomalies)")
    }

    func testBytesInitReadsTheSameAsPathInit() throws {
        let bytes = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("quirk-encryption-flag.zip")))
        let limits = ScanLimits()
        let z = try ZipArchive(bytes: bytes, name: "mem.zip", limits: limits, budget: InflateBudget(limits: limits))
        XCTAssertEqual(z.name, "mem.zip")
        XCTAssertEqual(try z.read("deflated.txt"), ArchiveFixtures.text)
        XCTAssertNil(try z.read("absent.txt"))
    }

    func testCentralDirectoryOffsetMatchesEndRecord() throws {
        let z = try ArchiveFixtures.open("signed-v1v2v3.apk")
        let bytes = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("signed-v1v2v3.apk")))
        // The end record is the last 22 bytes (no comment); its offset field names the directory.
        let r = ByteReader(bytes)
        let eocd = bytes.count - 22
        XCTAssertEqual(try r.peekU32(at: eocd), 0x0605_4b50)
        XCTAssertEqual(z.centralDirectoryOffset, Int(try r.peekU32(at: eocd + 16)))
        XCTAssertEqual(try r.peekU32(at: z.centralDirectoryOffset ?? 0), 0x0201_4b50)
    }

    /// A zip64 end record (what archives with more than 65,535 entries carry) is followed.
    func testZip64EndRecord() throws {
        let limits = ScanLimits()
        let files = (0..<5).map { ("f\($0).txt", [UInt8](repeating: UInt8($0), count: 10 + $0)) }
        let bytes = ZipWriterForTests.stored(files, zip64EndRecord: true)
        let z = try ZipArchive(bytes: bytes, name: "z64.zip", limits: limits, budget: InflateBudget(limits: limits))
        XCTAssertEqual(z.entries.map(\.name), files.map(\.0))
        XCTAssertEqual(try z.read("f3.txt"), files[3].1)
        XCTAssertEqual(try ByteReader(bytes).peekU32(at: z.centralDirectoryOffset ?? 0), 0x0201_4b50)
        var tight = limits
        tight.maxEntries = 4
        XCTAssertEqual(ArchiveFixtures.code {
            _ = try ZipArchive(bytes: bytes, name: "z64.zip", limits: tight, budget: InflateBudget(limits: tight))
        }, "zip.too-many-entries")
    }

    /// Every entry of the signed fixture inflates to what unzip extracts.
    func testAgreesWithUnzip() throws {
        let z = try ArchiveFixtures.open("signed-v1v2v3.apk")
        XCTAssertEqual(z.entries.count, 10)
        for e in z.entries {
            guard let out = ArchiveFixtures.runBytes("/usr/bin/unzip", ["-p", ArchiveFixtures.path("signed-v1v2v3.apk"), e.name]) else { return }
            let ours = try z.read(e)
            XCTAssertEqual(ours.count, e.uncompressedSize, e.name)
            XCTAssertEqual(Hashing.sha256Hex(ours), Hashing.sha256Hex(out.out) , e.name)
        }
    }
}
