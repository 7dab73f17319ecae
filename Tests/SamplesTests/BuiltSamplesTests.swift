import Foundation
import XCTest
import MingchaKit

/// The committed APKs are what build.sh makes from the committed sources: SOURCES.tsv (written by
/// build.sh) pairs each source folder's digest with the APK's SHA-256, and both must still hold.
/// `Samples/apk/build.sh --check` proves the same by rebuilding with the Android tools.
final class BuiltSamplesTests: XCTestCase {
    let apkRoot = MingchaPaths.samples.appendingPathComponent("apk")

    struct Row { var sourceDigest: String; var apkSHA256: String }

    func rows() throws -> [String: Row] {
        let text = try String(contentsOf: apkRoot.appendingPathComponent("built/SOURCES.tsv"), encoding: .utf8)
        var out: [String: Row] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            XCTAssertEqual(f.count, 3, "bad SOURCES.tsv line: \(line)")
            if f.count == 3 { out[f[0]] = Row(sourceDigest: f[1], apkSHA256: f[2]) }
        }
        return out
    }

    /// build.sh's digest: SHA-256 over "<sha256>  <path>\n" for every file but expected.json, in byte order.
    func sourceDigest(_ folder: URL) throws -> String {
        let fm = FileManager.default
        var paths: [String] = []
        guard let walker = fm.enumerator(atPath: folder.path) else { throw CocoaError(.fileReadUnknown) }
        for case let p as String in walker {
            var isDir: ObjCBool = false
            fm.fileExists(atPath: folder.appendingPathComponent(p).path, isDirectory: &isDir)
            if !isDir.boolValue && (p as NSString).lastPathComponent != "expected.json" { paths.append(p) }
        }
        paths.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var listing = ""
        for p in paths { listing += try Hashing.sha256Hex(fileAt: folder.appendingPathComponent(p).path) + "  " + p + "\n" }
        return Hashing.sha256Hex(Array(listing.utf8))
    }

    func testEveryBuiltAPKMatchesItsSources() throws {
        let samples = try SampleExpectation.all()
        let table = try rows()
        XCTAssertEqual(Set(table.keys), Set(samples.map(\.name)), "SOURCES.tsv and src/ name different samples: run build.sh")
        for s in samples {
            guard let row = table[s.name] else { continue }
            XCTAssertEqual(try sourceDigest(s.folder), row.sourceDigest,
                           "\(s.name): sources changed since the APK was built (run Samples/apk/build.sh \(s.name))")
            XCTAssertEqual(try Hashing.sha256Hex(fileAt: s.apk.path), row.apkSHA256,
                           "\(s.name).apk is not the APK build.sh recorded (rebuild and commit it)")
        }
    }

    func testNoBuiltAPKWithoutSources() throws {
        let built = try FileManager.default.contentsOfDirectory(atPath: apkRoot.appendingPathComponent("built").path)
            .filter { $0.hasSuffix(".apk") }.map { String($0.dropLast(4)) }
        let names = Set(try SampleExpectation.all().map(\.name))
        XCTAssertEqual(Set(built).subtracting(names), [], "built APKs without a source folder")
        XCTAssertEqual(names.subtracting(built), [], "samples that were never built")
    }

    /// Reads each APK through Mingcha's own zip reader: a real APK with a manifest and a DEX
    /// (the packed sample included: its DEX holds only the stub).
    func testBuiltAPKsAreRealPackages() throws {
        for s in try SampleExpectation.all() {
            let limits = ScanLimits()
            let zip = try ZipArchive(path: s.apk.path, limits: limits, budget: InflateBudget(limits: limits))
            let names = Set(zip.entries.map(\.name))
            XCTAssertTrue(names.contains("AndroidManifest.xml"), s.name)
            XCTAssertTrue(names.contains("classes.dex"), s.name)
            XCTAssertTrue(names.contains("resources.arsc"), s.name)
            XCTAssertTrue(names.contains { $0.hasPrefix("META-INF/") && $0.hasSuffix(".RSA") }, "\(s.name): not signed (v1)")
        }
    }
}
