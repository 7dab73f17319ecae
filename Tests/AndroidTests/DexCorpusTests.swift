import Foundation
import XCTest
@testable import MingchaKit

/// Cross-check against dexdump over the real corpus (`$MINGCHA_CORPUS` or ~/.cache/mingcha-corpus;
/// skipped when absent): class lists for every DEX, and per-method instruction positions and invoke
/// targets for the standalone DEX files (all APK DEX files too with MINGCHA_DEX_FULL=1).
final class DexCorpusTests: XCTestCase {
    static var corpus: URL? {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let url = env.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/mingcha-corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// (label, path) of every DEX: `dex/*.dex`, then each APK's `classes*.dex` extracted to `tmp`.
    static func dexFiles(in corpus: URL, tmp: URL, apks: Bool) throws -> [(String, URL)] {
        let fm = FileManager.default
        var out: [(String, URL)] = []
        let dexDir = corpus.appendingPathComponent("dex")
        for f in ((try? fm.contentsOfDirectory(atPath: dexDir.path)) ?? []).sorted() where f.hasSuffix(".dex") {
            out.append((f, dexDir.appendingPathComponent(f)))
        }
        guard apks else { return out }
        let apkDir = corpus.appendingPathComponent("apk")
        for (n, f) in ((try? fm.contentsOfDirectory(atPath: apkDir.path)) ?? []).sorted().enumerated() where f.hasSuffix(".apk") {
            let dest = tmp.appendingPathComponent("\(n)")
            try fm.createDirectory(at: dest, withIntermediateDirectories: true)
            _ = shell("/usr/bin/unzip", ["-qq", "-o", apkDir.appendingPathComponent(f).path, "classes*.dex", "-d", dest.path])
            for d in ((try? fm.contentsOfDirectory(atPath: dest.path)) ?? []).sorted()
                where d.hasPrefix("classes") && d.hasSuffix(".dex") {
                out.append(("\(f)!\(d)", dest.appendingPathComponent(d)))
            }
        }
        return out
    }

    @discardableResult
    static func shell(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    func testClassListsAgreeWithDexdump() throws {
        guard let corpus = Self.corpus, FileManager.default.fileExists(atPath: "/usr/bin/dexdump") else { return }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-dex-\(getpid())")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let files = try Self.dexFiles(in: corpus, tmp: tmp, apks: true)
        XCTAssertGreaterThan(files.count, 28)
        var agree = 0, classes = 0, refused = 0, onlyOurs = 0
        var disagreements: [String] = []
        var classesByAPK: [String: [String]] = [:]
        for (label, url) in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let data = DexDumpReference.runData([], file: url.path) ?? Data()
            let refClasses = DexDumpReference.classDescriptors(data)
            let opened = data.range(of: Data("Opened '".utf8)) != nil
            // Documented case: ART's dexdump refuses version 036 (only Dalvik loaded it); we read it.
            if !opened, (try? DexFile.parse(bytes, name: label))?.header.version == "036" {
                onlyOurs += 1; continue
            }
            let ours: [String]
            do {
                let dex = try DexFile.parse(bytes, name: label)
                ours = try dex.classDefs.map { try dex.typeDescriptor($0.classIdx) }
            } catch {
                // dexdump printing no classes for the same file counts as agreement on a broken file.
                if refClasses.isEmpty { refused += 1 } else { disagreements.append("\(label): \(error)") }
                continue
            }
            if let bang = label.firstIndex(of: "!") {
                classesByAPK[String(label[..<bang]), default: []] += ours.map(DexNames.dotted)
            }
            if ours == refClasses { agree += 1; classes += ours.count }
            else { disagreements.append("\(label): \(ours.count) classes vs dexdump \(refClasses.count)") }
        }
        print("DEX class lists: \(agree)/\(files.count) files agree with dexdump (\(classes) classes); "
              + "\(refused) refused by both; \(onlyOurs) DEX 036 read only by us; \(disagreements.count) disagree")
        for d in disagreements.prefix(20) { print("  disagree: \(d)") }
        XCTAssertEqual(disagreements.count, 0, "\(disagreements.prefix(5))")

        // No corpus app is packed (its zip listings hold no packer files): every hit is a false positive.
        let sigs = try PackerSignatures.standard()
        var packed: [String] = []
        for (apk, names) in classesByAPK.sorted(by: { $0.key < $1.key }) {
            let listing = Self.listing(corpus.appendingPathComponent("apk").appendingPathComponent(apk))
            let hits = PackerDetector.detect(classNames: names,
                                             nativeLibs: listing.filter { $0.hasPrefix("lib/") && $0.hasSuffix(".so") },
                                             assets: listing.filter { $0.hasPrefix("assets/") }, signatures: sigs)
            packed += hits.map { "\(apk): \($0.id) \($0.matches.map(\.value).prefix(3))" }
        }
        print("Packer detection over \(classesByAPK.count) corpus APKs with code: \(packed.count) hits")
        for p in packed.prefix(10) { print("  packer: \(p)") }
        XCTAssertEqual(packed, [])
    }

    static func listing(_ apk: URL) -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        p.arguments = ["-Z1", apk.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return [] }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func testInstructionsAndInvokesAgreeWithDexdump() throws {
        guard let corpus = Self.corpus, FileManager.default.fileExists(atPath: "/usr/bin/dexdump") else { return }
        let full = ProcessInfo.processInfo.environment["MINGCHA_DEX_FULL"] == "1"
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-dexd-\(getpid())")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let files = try Self.dexFiles(in: corpus, tmp: tmp, apks: full)
        var methods = 0, pcAgree = 0, invokeAgree = 0, invokes = 0, skipped = 0
        var disagreements: [String] = []
        for (label, url) in files {
            guard let text = DexDumpReference.run(["-d"], file: url.path) else { continue }
            // Documented case: dexdump refuses DEX 036 (see the class-list test).
            guard text.contains("Opened") else { skipped += 1; continue }
            let dump = DexDumpReference(text: text)
            guard let dex = try? DexFile.parse([UInt8](Data(contentsOf: url)), name: label) else {
                if !dump.methods.isEmpty { disagreements.append("\(label): we refused, dexdump read it") }
                continue
            }
            let index = try DexIndex.build([dex])
            XCTAssertFalse(index.isPartial, "\(label): \(index.problems.prefix(3))")
            for c in dex.classDefs {
                for e in c.directMethods + c.virtualMethods where e.codeOff != 0 {
                    let ref = try dex.methodRef(e.methodIdx)
                    let key = DexDumpNames.key(ref)
                    guard let expected = dump.methods[key] else {
                        disagreements.append("\(label): dexdump has no code for \(key)"); continue
                    }
                    methods += 1
                    let id = try XCTUnwrap(index.methodId(ref))
                    let ours = Set(index.calleeIds(of: id).compactMap { index.smali(ofMethod: $0) })
                    invokes += ours.count
                    if ours == expected.invokes { invokeAgree += 1 } else {
                        let diff = ours.symmetricDifference(expected.invokes).sorted().prefix(3)
                        disagreements.append("\(label): invokes of \(key) differ: \(diff)")
                    }
                    var cur = dex.instructions(of: try dex.codeItem(at: e.codeOff), methodIdx: e.methodIdx)
                    var pcs: [Int] = []
                    while let i = try cur.next() { pcs.append(i.pc) }
                    if pcs == expected.pcs { pcAgree += 1 } else {
                        disagreements.append("\(label): instruction positions of \(key) differ")
                    }
                }
            }
        }
        print("DEX code vs dexdump -d over \(files.count) files: \(methods) methods; instruction positions agree for "
              + "\(pcAgree), invoke-target sets agree for \(invokeAgree) (\(invokes) distinct targets); "
              + "\(disagreements.count) disagreements; \(skipped) files dexdump refuses")
        for d in disagreements.prefix(20) { print("  disagree: \(d)") }
        XCTAssertGreaterThan(methods, 10_000)
        XCTAssertEqual(disagreements.count, 0, "\(disagreements.prefix(5))")
    }
}
