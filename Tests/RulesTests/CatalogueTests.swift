import XCTest
@testable import MingchaKit

final class CatalogueTests: XCTestCase {
    func testIdsUniqueAndMetadataComplete() {
        let ids = RuleCatalogue.all.map { $0.meta.id }
        XCTAssertEqual(ids.count, Set(ids).count)
        XCTAssertEqual(ids, ids.sorted())
        for r in RuleCatalogue.all {
            let m = r.meta
            XCTAssertFalse(m.title.zh.isEmpty || m.title.en.isEmpty, m.id)
            XCTAssertFalse(m.checks.zh.isEmpty || m.checks.en.isEmpty, m.id)
            XCTAssertFalse(m.remediation.zh.isEmpty || m.remediation.en.isEmpty, m.id)
            XCTAssertTrue(m.types.allSatisfy { (1...10).contains($0) }, m.id)
            if let c = m.miitCategory { XCTAssertNotNil(ViolationTypes.miit[c], m.id) }
            if m.severity != .info { XCTAssertFalse(m.legalBasis.isEmpty, m.id) }
            if m.confidence == .suspected { XCTAssertTrue(m.needsDynamicCheck, m.id) }
            XCTAssertTrue(m.platforms.allSatisfy { m.id.hasPrefix("policy.") || m.id.hasPrefix($0.rulePrefix + ".") }, m.id)
        }
    }

    func testEveryTypeAndCategoryCovered() {
        let types = Set(RuleCatalogue.all.flatMap { $0.meta.types })
        XCTAssertEqual(types, Set(1...10))
        let cats = Set(RuleCatalogue.all.compactMap { $0.meta.miitCategory })
        for c in ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "SDK"] { XCTAssertTrue(cats.contains(c), c) }
    }

    /// The catalogue table in ARCHITECTURE.md and the code list the same ids, types and MIIT categories.
    func testArchitectureTableMatches() throws {
        let text = try String(contentsOf: MingchaPaths.sourceRoot.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        guard let start = text.range(of: "## Rule catalogue") else { return XCTFail("no catalogue section") }
        var documented: [String: (types: String, miit: String)] = [:]
        for line in text[start.upperBound...].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            documented[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = (cells[1], cells[2])
        }
        XCTAssertEqual(Set(documented.keys), Set(RuleCatalogue.all.map { $0.meta.id }))
        for r in RuleCatalogue.all {
            guard let row = documented[r.meta.id] else { continue }
            let types = r.meta.types.isEmpty ? "—" : r.meta.types.map(String.init).joined(separator: ",")
            XCTAssertEqual(row.types, types, r.meta.id)
            XCTAssertTrue(row.miit.hasPrefix(r.meta.miitCategory ?? "—"), "\(r.meta.id): \(row.miit)")
        }
    }
}
