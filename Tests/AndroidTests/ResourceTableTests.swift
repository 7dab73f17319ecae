import Foundation
import XCTest
@testable import MingchaKit

/// resources.arsc from the aapt-built fixture: locales, reference chains, names, files, and every
/// entry against `aapt dump --values resources`.
final class ResourceTableTests: XCTestCase {
    static func table(_ apk: String = "new.apk") throws -> ResourceTable {
        let bytes = try XCTUnwrap(AXMLSupport.entry(AXMLSupport.fixture(apk), "resources.arsc"))
        return try ResourceTable.parse(bytes, limits: ScanLimits())
    }

    func testLocalesAndFallback() throws {
        let t = try Self.table()
        XCTAssertEqual(t.packages.map(\.name), ["cn.mingcha.fixture"])
        XCTAssertEqual(t.string(0x7f04_0000), "Mingcha Fixture")
        XCTAssertEqual(t.string(0x7f04_0000, locale: "zh-CN"), "明察样例")
        XCTAssertEqual(t.string(0x7f04_0000, locale: "zh-rCN"), "明察样例")
        XCTAssertEqual(t.string(0x7f04_0000, locale: "zh"), "明察样例") // only region config exists
        XCTAssertEqual(t.string(0x7f04_0000, locale: "fr"), "Mingcha Fixture")
        XCTAssertEqual(t.string(0x7f04_0001, locale: "zh-CN"), "2.3.1") // no zh entry: default
        XCTAssertNil(t.string(0x7f04_0099))
        XCTAssertNil(t.string(0x7e04_0000))
    }

    func testReferencesNamesAndFiles() throws {
        let t = try Self.table()
        XCTAssertEqual(t.resolve(0x7f04_0004), .string("Mingcha Fixture")) // alias_name -> app_name
        XCTAssertEqual(t.resolve(0x7f04_0004, locale: "zh-CN"), .string("明察样例"))
        XCTAssertEqual(t.resolve(0x7f05_0000), .bool(true))
        XCTAssertEqual(t.name(of: 0x7f04_0002), "string/agree")
        XCTAssertEqual(t.name(of: 0x7f06_0000), "id/agree_box")
        XCTAssertEqual(t.id(of: "string/policy_url"), 0x7f04_0003)
        XCTAssertEqual(t.files(type: "layout"), ["res/layout/consent.xml"])
        XCTAssertEqual(t.files(type: "xml"), ["res/xml/network_security_config.xml"])
        let strings = t.allStrings()
        XCTAssertEqual(strings.count, 6) // 4 plain default strings + 2 zh-CN (alias is a reference)
        XCTAssertTrue(strings.contains { $0.name == "agree" && $0.locale == "zh-CN" && $0.value == "我已阅读并同意《隐私政策》" })
        XCTAssertTrue(strings.contains { $0.name == "policy_url" && $0.locale == nil && $0.value.hasPrefix("https://") })
    }

    func testEveryEntryMatchesAapt() throws {
        guard AXMLSupport.aaptInstalled else { return }
        for apk in ["new.apk", "old.apk"] {
            let t = try Self.table(apk)
            let text = try XCTUnwrap(AXMLSupport.aapt(["dump", "--values", "resources", AXMLSupport.fixture(apk)]))
            let ref = AaptResources.entries(text)
            XCTAssertFalse(ref.isEmpty)
            XCTAssertEqual(ResourceCrosscheck.ours(t), ref, apk)
        }
    }
}

/// `aapt dump --values resources` as a sorted list of "id name type data-or-string" lines, one
/// per simple entry per configuration.
enum AaptResources {
    static func entries(_ text: String) -> [String] {
        var out: [String] = []
        var pending: (id: String, name: String, type: String, data: String)?
        func flush(_ string: String?) {
            guard let p = pending else { return }
            out.append("\(p.id) \(p.name) \(p.type) \(string.map { "\"\($0)\"" } ?? p.data)")
            pending = nil
        }
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("resource 0x") {
                flush(nil)
                // resource 0x7f040000 pkg:string/app_name: t=0x03 d=0x00000002 (s=0x0008 r=0x00)
                let parts = line.split(separator: " ")
                guard parts.count >= 5, parts[3].hasPrefix("t="), parts[4].hasPrefix("d=") else { continue }
                let full = parts[2].dropLast()
                let name = full.split(separator: ":").last.map(String.init) ?? String(full)
                pending = (String(parts[1]), name, String(parts[3].dropFirst(2)), String(parts[4].dropFirst(2)))
            } else if line.unicodeScalars.starts(with: "(string8) \"".unicodeScalars)
                        || line.unicodeScalars.starts(with: "(string16) \"".unicodeScalars) {
                // Scalars, not Characters: a quote followed by U+200D is one grapheme cluster.
                let scalars = line.unicodeScalars
                guard let q = scalars.firstIndex(of: "\""), scalars.count >= 2 else { flush(nil); continue }
                let body = scalars[scalars.index(after: q)..<scalars.index(before: scalars.endIndex)]
                flush(String(String.UnicodeScalarView(body)))
            } else {
                flush(nil)
            }
        }
        flush(nil)
        return out.sorted()
    }
}

enum ResourceCrosscheck {
    static func ours(_ t: ResourceTable) -> [String] {
        t.allEntries().compactMap { item -> String? in
            guard let v = item.entry.value else { return nil }
            let name = (t.name(of: item.id) ?? "?")
            // aapt loads a shared library's package (ID 0x00) as runtime package 0x02.
            let id = String(format: "0x%08x", item.id >> 24 == 0 ? item.id | 0x0200_0000 : item.id)
            if case let .string(s) = v { return "\(id) \(name) 0x03 \"\(AXMLSupport.normalize(s))\"" }
            guard let (type, data) = v.raw else { return nil }
            return "\(id) \(name) \(String(format: "0x%02x", type)) \(String(format: "0x%08x", data))"
        }.sorted()
    }
}
