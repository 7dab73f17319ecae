import Foundation
import XCTest
@testable import MingchaKit

/// SDK matching over the real APKs (`$MINGCHA_CORPUS` or ~/.cache/mingcha-corpus; skipped when
/// absent), compared with what the Exodus tracker signatures themselves find on the same class
/// lists. Scans APKs smallest first within a time budget (`MINGCHA_KB_CORPUS_ALL=1`: all of them).
final class SDKCorpusTests: XCTestCase {
    static var corpus: URL? {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let url = env.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/mingcha-corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("apk").path) ? url.appendingPathComponent("apk") : nil
    }

    func testCorpusSDKsCoverExodus() throws {
        guard let dir = Self.corpus else { print("SDKCorpusTests: no corpus, skipped"); return }
        let exodusFile = MingchaPaths.testFixtures.appendingPathComponent("knowledge/exodus-trackers.json")
        let exodus = try ExodusSignatures(file: exodusFile)
        let kb = try KnowledgeBase.load()
        let matcher = SDKMatcher(sdks: kb.sdks)
        let all = ProcessInfo.processInfo.environment["MINGCHA_KB_CORPUS_ALL"] == "1"
        let fm = FileManager.default
        func size(_ u: URL) -> Int { ((try? fm.attributesOfItem(atPath: u.path))?[.size] as? Int) ?? 0 }
        let apks = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".apk") }.map { dir.appendingPathComponent($0) }.sorted { size($0) < size($1) }
        let limits = ScanLimits()
        let start = Date()
        var scanned = 0, withSDK = 0, exodusHits = 0, covered = 0, classesSeen = 0
        var counts: [String: Int] = [:]
        var misses: [String] = []
        var startMisses: [String] = []
        var perApp: [String: Set<String>] = [:]
        var naiveChecked = 0
        let prefixes = kb.sdks.flatMap { s in s.packagePrefixes.map { (p: $0, id: s.id) } }
        for url in apks {
            if !all && Date().timeIntervalSince(start) > 12 { break }
            guard let zip = try? ZipArchive(path: url.path, limits: limits, budget: InflateBudget(limits: limits)),
                  let dex = try? DexIndex.build(apk: zip, limits: limits) else { continue }
            scanned += 1
            var input = SDKMatcher.Input()
            input.classDescriptors = dex.classes.map { "L" + $0.name.replacingOccurrences(of: ".", with: "/") + ";" }
            let names = zip.entries.map(\.name)
            input.nativeLibs = names.filter { $0.hasPrefix("lib/") && $0.hasSuffix(".so") }
            input.assets = names.filter { $0.hasPrefix("assets/") }
            classesSeen += input.classDescriptors.count
            // Cross-check the index against the obvious loop (longest boundary prefix) on real names.
            for c in dex.classes.prefix(max(0, 3000 - naiveChecked)) {
                let naive = prefixes.filter { c.name == $0.p || c.name.hasPrefix($0.p + ".") || c.name.hasPrefix($0.p + "$") }
                    .max { $0.p.count < $1.p.count }?.id
                let indexed = matcher.owner(ofClass: "L" + c.name.replacingOccurrences(of: ".", with: "/") + ";")?.id
                XCTAssertEqual(indexed, naive, c.name)
                naiveChecked += 1
            }
            let found = matcher.match(input)
            if !found.isEmpty { withSDK += 1 }
            for m in found { counts[m.sdk.id, default: 0] += 1 }
            perApp[url.lastPathComponent] = Set(found.map(\.sdk.id))
            // Exodus's own signatures over the same class list: is every tracker they see attributed by us?
            for (tracker, hit) in exodus.trackers(in: dex.classes.map(\.name)) {
                exodusHits += 1
                if hit.classes.contains(where: { matcher.owner(ofClass: "L" + $0.replacingOccurrences(of: ".", with: "/") + ";") != nil }) {
                    covered += 1
                } else {
                    let line = "\(url.lastPathComponent): \(tracker) (\(hit.classes.first ?? ""))\(hit.atStart ? "" : " [mid-name]")"
                    misses.append(line)
                    if hit.atStart { startMisses.append(line) }
                }
            }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(15)
        print("SDKCorpusTests: \(scanned) APKs (\(classesSeen) classes) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s; \(withSDK) with >= 1 SDK")
        print("SDKCorpusTests: most common: " + top.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("SDKCorpusTests: Exodus signatures found \(exodusHits) tracker(s); Mingcha attributes \(covered); misses \(misses.count):")
        for m in misses { print("  miss: \(m)") }
        guard scanned > 0 else { return }
        XCTAssertEqual(startMisses, [], "a tracker Exodus finds from the start of a class name must be attributed")
        XCTAssertGreaterThan(withSDK, 0)
        XCTAssertGreaterThan(naiveChecked, 0)
        // Known content of the corpus: the apps built with the support library or Kotlin are found as such.
        XCTAssertGreaterThan(counts["libchecker/support-library", default: 0], 0)
        if all { XCTAssertTrue(perApp.values.contains { $0.contains("kotlin") }) }
    }
}

extension SDKCorpusTests {
    /// Every Exodus code signature that is a package prefix: a class under it is attributed to some
    /// SDK (the superset property, checked on the whole list rather than on the corpus's apps).
    func testEveryExodusSignatureIsAttributed() throws {
        let file = MingchaPaths.testFixtures.appendingPathComponent("knowledge/exodus-trackers.json")
        guard FileManager.default.fileExists(atPath: file.path) else { throw XCTSkip("no Exodus list") }
        let exodus = try ExodusSignatures(file: file)
        let matcher = SDKMatcher(sdks: try KnowledgeBase.load().sdks)
        var checked = 0, suffixOnly: [String] = []
        for (tracker, sig) in exodus.signatures {
            // Class-name suffixes (".LigatusManager") and names no Java package can have ("backtrace-labs").
            guard !sig.hasPrefix("."), sig.allSatisfy({ $0.isLetter || $0.isNumber || "._$".contains($0) }) else {
                suffixOnly.append("\(tracker): \(sig)"); continue
            }
            let p = sig.trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let probe = "L" + p.replacingOccurrences(of: ".", with: "/") + "/Probe;"
            XCTAssertNotNil(matcher.owner(ofClass: probe), "\(tracker): \(sig)")
            checked += 1
        }
        print("Exodus: \(checked) package signatures all attributed; \(suffixOnly.count) signatures that are no package prefix: \(suffixOnly.joined(separator: ", "))")
        XCTAssertGreaterThan(checked, 500)
    }
}

/// Exodus code signatures with Exodus's meaning (searched anywhere in a dotted class name),
/// evaluated at every package boundary of the name with a prefix index.
struct ExodusSignatures {
    struct Hit { var classes: [String] = []; var atStart = false }
    private var index = PrefixIndex()
    private var names: [String] = []
    /// (tracker, raw signature) for every signature of the list.
    private(set) var signatures: [(String, String)] = []

    init(file: URL) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let raw = json?["trackers"]
        let items: [[String: Any]] = (raw as? [String: [String: Any]]).map { Array($0.values) } ?? (raw as? [[String: Any]]) ?? []
        for t in items.sorted(by: { "\($0["id"] ?? "")" < "\($1["id"] ?? "")" }) {
            guard let name = t["name"] as? String, let sig = t["code_signature"] as? String, !sig.isEmpty else { continue }
            names.append(name)
            for s in sig.split(separator: "|") {
                signatures.append((name, String(s).trimmingCharacters(in: .whitespaces)))
                let p = s.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if !p.isEmpty { index.insert(p, owner: names.count - 1) }
            }
        }
    }

    /// Tracker name -> the classes it matches (a few) and whether one matched from the name's start.
    func trackers(in classes: [String]) -> [String: Hit] {
        var out: [String: Hit] = [:]
        for c in classes {
            var from = c.startIndex
            var first = true
            while true {
                if let h = index.longest(dottedName: String(c[from...])) {
                    let n = names[h.owner]
                    var hit = out[n] ?? Hit()
                    if hit.classes.count < 3 { hit.classes.append(c) }
                    hit.atStart = hit.atStart || first
                    out[n] = hit
                    break
                }
                guard let dot = c[from...].firstIndex(of: ".") else { break }
                from = c.index(after: dot)
                first = false
            }
        }
        return out
    }
}
