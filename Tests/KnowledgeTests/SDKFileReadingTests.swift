import Foundation
import XCTest
@testable import MingchaKit

/// The SDK files, read field by field with our JSON reader, give every entry's every field as
/// Foundation's JSONSerialization reads it.
final class SDKFileReadingTests: XCTestCase {
    func testEveryFieldOfEveryEntryAsFoundationReadsIt() throws {
        let files = try KnowledgeLoader(root: MingchaPaths.signatures).sdkFiles
        XCTAssertEqual(files.map(\.name), try KnowledgeLoader.sdkFileNames(root: MingchaPaths.signatures))
        var checked = 0
        for file in files {
            let data = try Data(contentsOf: MingchaPaths.signatures.appendingPathComponent(file.name))
            let top = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            XCTAssertEqual(file.source, top["source"] as? String ?? (file.name as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: ""))
            XCTAssertEqual(file.priority, top["priority"] as? Int ?? 0)
            let items = try XCTUnwrap(top["sdks"] as? [[String: Any]])
            XCTAssertEqual(file.sdks.count, items.count, file.name)
            for (s, d) in zip(file.sdks, items) {
                func str(_ k: String) -> String? { d[k] as? String }
                func list(_ k: String) -> [String] { d[k] as? [String] ?? [] }
                XCTAssertEqual(s.id, str("id")); XCTAssertEqual(s.nameEn, str("nameEn")); XCTAssertEqual(s.category, str("category"))
                XCTAssertEqual(s.nameZh, str("nameZh")); XCTAssertEqual(s.vendor, str("vendor")); XCTAssertEqual(s.policyURL, str("policyURL"))
                XCTAssertEqual(s.source, str("source")); XCTAssertEqual(s.website, str("website")); XCTAssertEqual(s.note, str("note"))
                XCTAssertEqual(s.packagePrefixes, list("packagePrefixes")); XCTAssertEqual(s.components, list("components"))
                XCTAssertEqual(s.nativeLibs, list("nativeLibs")); XCTAssertEqual(s.assets, list("assets"))
                XCTAssertEqual(s.metaDataKeys, list("metaDataKeys")); XCTAssertEqual(s.initMethods, list("initMethods"))
                XCTAssertEqual(s.jsFiles, list("jsFiles")); XCTAssertEqual(s.plugins, list("plugins"))
                XCTAssertEqual(s.collectsSource, list("collectsSource")); XCTAssertEqual(s.aliases, list("aliases"))
                XCTAssertEqual(s.collects.map(\.rawValue), list("collects"))
                XCTAssertEqual(s.collectsKnown, d["collectsKnown"] as? Bool ?? false, s.id)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 1000)
    }
}
