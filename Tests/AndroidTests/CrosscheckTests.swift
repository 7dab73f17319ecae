import Foundation
import XCTest
@testable import MingchaKit

/// Every corpus APK against aapt: package, versionCode, versionName and uses-permissions against
/// `aapt dump badging`; component names and effective exported flags (computed from aapt's
/// xmltree by Android's rules, independently of our model); and the whole element tree against
/// `aapt dump xmltree`. Runs over all corpus APKs; returns early when the corpus or aapt is absent.
final class CrosscheckTests: XCTestCase {
    /// APKs where aapt is demonstrably wrong or cannot answer, with the reason.
    static let aaptWrong: [String: String] = [:]

    struct Outcome {
        var apk: String
        var problems: [String]
        var skipped: String?
        var treeOnly = false
    }

    /// targetSdkVersion (else minSdkVersion, else 1) as aapt's xmltree prints it.
    static func targetSdk(_ root: AaptElement) -> Int {
        guard let sdk = root.children.first(where: { $0.name == "uses-sdk" }) else { return 1 }
        for id: UInt32 in [0x0101_0270, 0x0101_020c] {
            guard let v = sdk.attr(id: id) else { continue }
            if v.hasPrefix("(type 0x10)0x"), let n = Int(v.dropFirst(13).prefix { $0.isHexDigit }, radix: 16) { return n }
            if let q = AaptElement.quoted(v) { return Int(q) ?? 10000 }
        }
        return 1
    }

    func testManifestsAgreeWithAapt() throws {
        guard AXMLSupport.aaptInstalled, let apks = AXMLSupport.corpusAPKs, !apks.isEmpty else { return }
        let started = Date()
        var outcomes: [Outcome] = []
        for apk in apks { outcomes.append(Self.check(apk)) }
        let elapsed = Date().timeIntervalSince(started)
        let checked = outcomes.filter { $0.skipped == nil }
        let agreeing = checked.filter { $0.problems.isEmpty }
        let treeOnly = checked.filter(\.treeOnly).map(\.apk)
        print("crosscheck: \(apks.count) APKs, \(checked.count) readable by aapt (\(treeOnly.count) by xmltree only: \(treeOnly)), \(agreeing.count) agree fully, \(String(format: "%.1f", elapsed)) s in all, \(String(format: "%.2f", Self.ourSeconds)) s ours")
        for o in outcomes where o.skipped != nil { print("  skipped \(o.apk): \(o.skipped!)") }
        for o in checked where !o.problems.isEmpty {
            let name = (o.apk as NSString).lastPathComponent
            if let why = Self.aaptWrong[name] { print("  known aapt error \(name): \(why)"); continue }
            XCTFail("\(name): \(o.problems.prefix(6).joined(separator: "; "))")
        }
        XCTAssertGreaterThanOrEqual(checked.count, apks.count * 9 / 10, "aapt should read nearly every corpus APK")
    }

    /// Time spent in our own reading (zip entries, AXML, resources.arsc, model), for the report.
    static var ourSeconds = 0.0

    static func check(_ apk: String) -> Outcome {
        var out = Outcome(apk: (apk as NSString).lastPathComponent, problems: [])
        // badging fails when a manifest reference has no resource table to resolve in; the tree
        // and the components are still compared then.
        let badging = AXMLSupport.aapt(["dump", "badging", apk])
        guard let xmltree = AXMLSupport.aapt(["dump", "xmltree", apk, "AndroidManifest.xml"]),
              let ref = AaptXMLTree.parse(xmltree) else {
            // Still read it: whatever aapt makes of it, we must return a model or a typed error.
            var ours = "no manifest entry"
            if let bytes = AXMLSupport.entry(apk, "AndroidManifest.xml") {
                do { ours = "we read package \((try AndroidManifest.parse(manifest: bytes)).package)" } catch {
                    ours = "we throw \((error as? MingchaError)?.code ?? "untyped: \(error)")"
                }
            }
            out.skipped = "aapt cannot dump it; \(ours)"
            return out
        }
        guard let bytes = AXMLSupport.entry(apk, "AndroidManifest.xml") else {
            out.skipped = "ZipArchive cannot read AndroidManifest.xml"
            return out
        }
        let doc: XMLDocument
        let m: AndroidManifest
        let t0 = Date()
        defer { ourSeconds += Date().timeIntervalSince(t0) }
        do {
            doc = try AXML.parse(bytes, limits: ScanLimits())
            let table = try AXMLSupport.entry(apk, "resources.arsc").map { try ResourceTable.parse($0, limits: ScanLimits()) }
            m = try AndroidManifest(document: doc, resources: table)
        } catch {
            out.problems.append("we fail where aapt reads it: \(error)")
            return out
        }
        func same<T: Equatable>(_ what: String, _ ours: T, _ theirs: T) {
            if ours != theirs { out.problems.append("\(what): ours \(ours) aapt \(theirs)") }
        }
        if badging == nil { out.treeOnly = true }
        let b = Badging(badging ?? "")
        if badging != nil {
        same("package", m.package, b.field("package", "name") ?? "")
        same("versionCode", m.versionCode.map(String.init) ?? "", b.field("package", "versionCode") ?? "")
        same("versionName", m.versionName ?? "", b.field("package", "versionName") ?? "")
        if let label = b.line("application-label") { same("label", m.application.label ?? "", label) }
        if let zh = b.line("application-label-zh-CN") { same("zh-CN label", m.application.labelZh ?? "", zh) }
        let implied = Set(b.values("uses-implied-permission"))
        same("uses-permission", Set(m.usesPermissions.filter { !$0.sdk23 }.map(\.name)), Set(b.values("uses-permission")).subtracting(implied))
        same("uses-permission-sdk-23", Set(m.usesPermissions.filter { $0.sdk23 }.map(\.name)), Set(b.values("uses-permission-sdk-23")))
        }

        let target = Self.targetSdk(ref)
        let expected = Self.components(ref, package: m.package, targetSdk: target)
        let ours = m.components.map { "\($0.kind.rawValue) \($0.name) exported=\($0.exported)" }
        if ours != expected.list {
            let a = Set(ours), e = Set(expected.list)
            out.problems.append("components: only ours \(a.subtracting(e).sorted().prefix(3)), only aapt \(e.subtracting(a).sorted().prefix(3))")
        }
        if let root = doc.root {
            let d = AaptXMLTree.diff(root, ref, max: 3)
            if !d.isEmpty { out.problems.append("tree: \(d.joined(separator: ", "))") }
        }
        return out
    }

    /// Components and effective exported flags from aapt's tree, by Android's rules.
    static func components(_ root: AaptElement, package: String, targetSdk: Int) -> (list: [String], unresolved: Int) {
        guard let app = root.children.first(where: { $0.name == "application" }) else { return ([], 0) }
        var list: [String] = []
        var unresolved = 0
        for c in app.children where ["activity", "activity-alias", "service", "receiver", "provider"].contains(c.name) {
            let raw = c.attr(id: 0x0101_0003).flatMap(AaptElement.quoted) ?? ""
            let name = AndroidManifest.qualify(raw, package: package)
            var exported: Bool
            switch c.attr(id: 0x0101_0010).map({ $0.components(separatedBy: " (Raw").first ?? $0 }) {
            case "(type 0x12)0xffffffff"?: exported = true
            case "(type 0x12)0x0"?: exported = false
            case let v?:
                unresolved += 1
                exported = AaptElement.quoted(v).map { $0 == "true" || $0 == "1" || $0 == "TRUE" } ?? false
            case nil:
                exported = c.name == "provider" ? targetSdk <= 16 : c.children.contains { $0.name == "intent-filter" }
            }
            list.append("\(c.name) \(name) exported=\(exported)")
        }
        return (list, unresolved)
    }
}

/// `aapt dump badging` lines.
struct Badging {
    let lines: [Substring]
    init(_ text: String) { lines = text.split(separator: "\n") }

    /// `key: a='x' b='y'` -> value of `attr`.
    func field(_ key: String, _ attr: String) -> String? {
        guard let l = lines.first(where: { $0.hasPrefix(key + ":") }) else { return nil }
        return Self.attr(l, attr)
    }

    /// `key:'value'`
    func line(_ key: String) -> String? {
        guard let l = lines.first(where: { $0.hasPrefix(key + ":'") }) else { return nil }
        return String(l.dropFirst(key.count + 2).dropLast())
    }

    /// name='...' of every `key:` line.
    func values(_ key: String) -> [String] {
        lines.filter { $0.hasPrefix(key + ": ") }.compactMap { Self.attr($0, "name") }
    }

    static func attr(_ l: Substring, _ attr: String) -> String? {
        guard let r = l.range(of: " \(attr)='") ?? l.range(of: ": \(attr)='") else { return nil }
        let rest = l[r.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
