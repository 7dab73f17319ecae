import XCTest
@testable import MingchaKit

/// Signing certificates read from v1 PKCS#7 and the v2/v3 block, checked against apksigner.
final class SigningTests: XCTestCase {
    /// file -> signer certificate SHA-256 digests, from the apksigner output saved by make-apks.sh.
    static func expected() throws -> [String: [String]] {
        let text = try String(contentsOf: ArchiveFixtures.dir.appendingPathComponent("expected-certs.txt"), encoding: .utf8)
        return parseApksigner(text, sections: true)
    }

    static func parseApksigner(_ text: String, sections: Bool) -> [String: [String]] {
        var out: [String: [String]] = [:]
        var current = ""
        for line in text.split(separator: "\n") {
            if sections, line.hasPrefix("## ") { current = String(line.dropFirst(3)); out[current] = []; continue }
            if line.hasPrefix("Signer #"), line.contains(" certificate SHA-256 digest: ") {
                out[current, default: []].append(String(line.split(separator: " ").last ?? ""))
            }
        }
        return out
    }

    func signing(_ name: String) throws -> SigningInfo {
        let z = try ArchiveFixtures.open(name)
        return ApkSigning.read(path: ArchiveFixtures.path(name), archive: z)
    }

    func testV1V2V3FixtureMatchesApksigner() throws {
        let info = try signing("signed-v1v2v3.apk")
        XCTAssertEqual(info.schemes, ["v1", "v2", "v3"])
        XCTAssertEqual(info.problems, [])
        XCTAssertEqual(Set(info.certificates.map(\.scheme)), ["v1", "v2", "v3"])
        XCTAssertEqual(Set(info.certificates.map(\.sha256)).count, 1, "one key signs all three schemes")
        XCTAssertEqual(info.signerCertificates.map(\.sha256), try Self.expected()["signed-v1v2v3.apk"])
        XCTAssertTrue(info.blockIds.contains("0x7109871a") && info.blockIds.contains("0xf05368c0"), "\(info.blockIds)")
        let c = try XCTUnwrap(info.certificates.first { $0.scheme == "v3" })
        XCTAssertEqual(c.subject, "CN=Mingcha Fixture,OU=Testing,O=Mingcha,L=Shanghai,C=CN")
        XCTAssertEqual(c.issuer, c.subject)
        XCTAssertEqual(c.keyAlgorithm, "RSA")
        XCTAssertEqual(c.keyBits, 2048)
        // apksigner gives the v3 signer the APK's minSdkVersion and an open upper end.
        XCTAssertEqual(c.minSdk, 24)
        XCTAssertEqual(c.maxSdk, Int(Int32.max))
        XCTAssertNotNil(info.certificates.first { $0.scheme == "v1" && $0.file == "META-INF/RSA.RSA" })
    }

    /// The v3.1 block id reads with the v3 layout and is reported as its own scheme.
    func testV31BlockId() throws {
        var bytes = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("signed-v1v2v3.apk")))
        let limits = ScanLimits()
        let z0 = try ZipArchive(bytes: bytes, name: "x.apk", limits: limits, budget: InflateBudget(limits: limits))
        let cd = try XCTUnwrap(z0.centralDirectoryOffset)
        let r = ByteReader(bytes)
        var at = cd - Int(try r.peekU64(at: cd - 24))
        var patched = false
        while at < cd - 24 {
            let len = Int(try r.peekU64(at: at))
            if try r.peekU32(at: at + 8) == 0xf053_68c0 {
                for (i, b) in [0x61, 0xad, 0x93, 0x1b].enumerated() { bytes[at + 8 + i] = UInt8(b) }
                patched = true
            }
            at += 8 + len
        }
        XCTAssertTrue(patched)
        let z = try ZipArchive(bytes: bytes, name: "x.apk", limits: limits, budget: InflateBudget(limits: limits))
        let info = ApkSigning.read(path: "x.apk", archive: z)
        XCTAssertEqual(info.schemes, ["v1", "v2", "v3.1"])
        XCTAssertEqual(info.problems, [])
        XCTAssertEqual(info.certificates.filter { $0.scheme == "v3.1" }.first?.minSdk, 24)
    }

    func testV1OnlyECFixture() throws {
        let info = try signing("signed-v1-ec.apk")
        XCTAssertEqual(info.schemes, ["v1"])
        XCTAssertEqual(info.problems, [])
        XCTAssertEqual(info.blockIds, [])
        XCTAssertEqual(info.signerCertificates.map(\.sha256), try Self.expected()["signed-v1-ec.apk"])
        let c = try XCTUnwrap(info.certificates.first)
        XCTAssertEqual(c.subject, "CN=Mingcha EC,O=Mingcha,C=CN")
        XCTAssertEqual(c.keyAlgorithm, "EC")
        XCTAssertEqual(c.keyBits, 256)
    }

    /// Serial, validity and fingerprints agree with keytool's independent reading.
    func testAgreesWithKeytool() throws {
        let info = try signing("signed-v1-ec.apk")
        let c = try XCTUnwrap(info.certificates.first)
        guard let out = ArchiveFixtures.run("/usr/bin/keytool", ["-printcert", "-jarfile", ArchiveFixtures.path("signed-v1-ec.apk")])?.out,
              out.contains("SHA256:") else { return }
        func field(_ key: String) -> String? {
            out.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
                .map { String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertEqual(field("SHA256")?.replacingOccurrences(of: ":", with: "").lowercased(), c.sha256)
        XCTAssertEqual(field("SHA1")?.replacingOccurrences(of: ":", with: "").lowercased(), c.sha1)
        let keytoolSerial = try XCTUnwrap(field("Serial number")).lowercased()
        XCTAssertEqual(String(keytoolSerial.drop { $0 == "0" }), String(c.serial.drop { $0 == "0" }))
        XCTAssertTrue(c.notBefore.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil, c.notBefore)
        XCTAssertLessThan(c.notBefore, c.notAfter)
    }

    func testUnsignedHasNothingAndNoProblems() throws {
        let info = try signing("unsigned.apk")
        XCTAssertEqual(info.schemes, [])
        XCTAssertEqual(info.certificates, [])
        XCTAssertEqual(info.problems, [])
    }

    /// A lying size in the block, or a lying length inside a signer, is a recorded problem.
    func testBrokenBlockIsAProblemNotAFailure() throws {
        let bytes = try [UInt8](Data(contentsOf: ArchiveFixtures.dir.appendingPathComponent("signed-v1v2v3.apk")))
        let limits = ScanLimits()
        let z0 = try ZipArchive(bytes: bytes, name: "x.apk", limits: limits, budget: InflateBudget(limits: limits))
        let cd = try XCTUnwrap(z0.centralDirectoryOffset)

        var hugeSize = bytes
        for i in 0..<8 { hugeSize[cd - 24 + i] = 0x7f }
        let z1 = try ZipArchive(bytes: hugeSize, name: "x.apk", limits: limits, budget: InflateBudget(limits: limits))
        let i1 = ApkSigning.read(path: "x.apk", archive: z1)
        XCTAssertEqual(i1.schemes, ["v1"])
        XCTAssertTrue(i1.problems.contains { $0.hasPrefix("signing.block-size") }, "\(i1.problems)")

        // Find the v2 pair and make its signer-sequence length overrun the value.
        let r = ByteReader(bytes)
        let size = Int(try r.peekU64(at: cd - 24))
        var at = cd - size - 8 + 8
        var v2Value = -1
        while at < cd - 24 {
            let len = Int(try r.peekU64(at: at)), id = try r.peekU32(at: at + 8)
            if id == 0x7109_871a { v2Value = at + 12 }
            at += 8 + len
        }
        XCTAssertGreaterThan(v2Value, 0)
        var badSigner = bytes
        badSigner[v2Value + 3] = 0x40
        let z2 = try ZipArchive(bytes: badSigner, name: "x.apk", limits: limits, budget: InflateBudget(limits: limits))
        let i2 = ApkSigning.read(path: "x.apk", archive: z2)
        XCTAssertEqual(i2.schemes, ["v1", "v2", "v3"])
        XCTAssertTrue(i2.problems.contains { $0.hasPrefix("signing.v2-malformed") }, "\(i2.problems)")
        XCTAssertFalse(i2.certificates.contains { $0.scheme == "v2" })
        XCTAssertTrue(i2.certificates.contains { $0.scheme == "v3" })
    }

    /// The corpus's edge cases from apksigner's own test set, each against apksigner.
    func testCorpusEdgeCases() throws {
        guard let corpus = ArchiveFixtures.corpus,
              FileManager.default.isExecutableFile(atPath: "/usr/bin/apksigner") else { return }
        let dir = corpus.appendingPathComponent("apk")
        // BER-encoded certificates (fingerprint over the stored bytes) and a CERT.RSA stored with
        // compression method 21 that apksigner inflates.
        for name in ["debian_androguard__v1-only-with-rsa-1024-cert-not-der.apk",
                     "debian_androguard__v1-only-with-rsa-1024-cert-not-der2.apk",
                     "debian_androguard__v2-only-with-rsa-pkcs1-sha256-1024-cert-not-der.apk",
                     "debian_androguard__weird-compression-method.apk"] {
            let path = dir.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path),
                  let out = ArchiveFixtures.run("/usr/bin/apksigner", ["verify", "--print-certs", "--min-sdk-version", "28", path]) else { continue }
            let theirs = Self.parseApksigner(out.out, sections: false)[""] ?? []
            XCTAssertFalse(theirs.isEmpty, name)
            let limits = ScanLimits()
            let z = try ZipArchive(path: path, limits: limits, budget: InflateBudget(limits: limits))
            let info = ApkSigning.read(path: path, archive: z)
            XCTAssertEqual(info.problems, [], name)
            XCTAssertEqual(info.signerCertificates.map(\.sha256), theirs, name)
        }
        // Signatures without certificates and a signing block whose two sizes disagree: problems, not failures.
        for (name, problem) in [("debian_androguard__v2-only-no-certs-in-sig.apk", "signing.no-certificates"),
                                ("debian_androguard__v3-only-no-certs-in-sig.apk", "signing.no-certificates"),
                                ("debian_androguard__v2-only-apk-sig-block-size-mismatch.apk", "signing.block-size")] {
            let path = dir.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let z = try ZipArchive(path: path, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits()))
            let info = ApkSigning.read(path: path, archive: z)
            XCTAssertTrue(info.problems.contains { $0.hasPrefix(problem) }, "\(name): \(info.problems)")
            XCTAssertTrue(info.signerCertificates.isEmpty, name)
        }
        let nul = dir.appendingPathComponent("debian_androguard__v1-only-with-nul-in-entry-name.apk").path
        if FileManager.default.fileExists(atPath: nul) {
            XCTAssertEqual(ArchiveFixtures.code { _ = try ZipArchive(path: nul, limits: ScanLimits(), budget: InflateBudget(limits: ScanLimits())) },
                           "zip.bad-entry-name")
        }
    }

    /// Real APKs: signer certificate SHA-256 equals what apksigner prints, for every APK it reads.
    func testCorpusAgreesWithApksigner() throws {
        guard let corpus = ArchiveFixtures.corpus,
              FileManager.default.isExecutableFile(atPath: "/usr/bin/apksigner") else { return }
        let dir = corpus.appendingPathComponent("apk")
        let all = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".apk") }.sorted()
        let cap = ProcessInfo.processInfo.environment["MINGCHA_SIGNING_FULL"] == nil ? 60 : all.count
        // Spread the sample over the whole sorted list, not just its first sources.
        let step = max(1, all.count / cap)
        let sample = stride(from: 0, to: all.count, by: step).prefix(cap).map { all[$0] }
        var compared = 0, agreed = 0, apksignerRefused = 0, androidRefuses = 0
        var weFailed: [String] = [], disagreements: [String] = []
        for name in sample {
            let path = dir.appendingPathComponent(name).path
            // Many v2/v3-only APKs declare a minSdk below 24, for which apksigner insists on v1;
            // asking it about Android 9+ still reads their certificates.
            var theirs: [String] = []
            for extra in [[], ["--min-sdk-version", "28"]] where theirs.isEmpty {
                guard let out = ArchiveFixtures.run("/usr/bin/apksigner", ["verify", "--print-certs", "-v"] + extra + [path]) else { return }
                if out.status == 0 { theirs = Self.parseApksigner(out.out, sections: false)[""] ?? [] }
            }
            if theirs.isEmpty { apksignerRefused += 1; continue }
            compared += 1
            let limits = ScanLimits()
            let z: ZipArchive
            do {
                z = try ZipArchive(path: path, limits: limits, budget: InflateBudget(limits: limits))
            } catch let e as ZipError where e.code == "zip.bad-entry-name" {
                // apksigner (Java) accepts a NUL inside an entry name; Android's zip reader does not.
                androidRefuses += 1; continue
            } catch {
                weFailed.append("\(name): \(error)"); continue
            }
            let ours = Set(ApkSigning.read(path: path, archive: z).signerCertificates.map(\.sha256))
            if Set(theirs).isSubset(of: ours) { agreed += 1 } else { disagreements.append("\(name): apksigner \(theirs) ours \(ours.sorted())") }
        }
        print("signing corpus: \(sample.count) sampled, apksigner read \(compared), agreed \(agreed), " +
              "apksigner refused \(apksignerRefused), refused as Android does \(androidRefuses)")
        XCTAssertGreaterThan(compared, 10)
        XCTAssertEqual(weFailed, [])
        XCTAssertEqual(disagreements, [])
        XCTAssertEqual(agreed, compared - androidRefuses)
    }
}
