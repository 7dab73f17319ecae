import Foundation
import XCTest
import MingchaKit

/// The expectations themselves: real rule ids, no contradictions, and enough samples to cover
/// every Android and policy rule with a sample that must trigger it and one that must not.
final class ExpectedRulesTests: XCTestCase {
    let known = Set(RuleCatalogue.all.map { $0.meta.id })

    func testExpectedNamesOnlyRulesInTheCatalogue() throws {
        for s in try SampleExpectation.all() {
            let named = s.mustFire + s.mustNotFire + (s.pending ?? []).map(\.rule)
            XCTAssertEqual(named.filter { !known.contains($0) }, [], "\(s.name) names unknown rule ids")
        }
    }

    func testNoSampleBothMustAndMustNotFire() throws {
        for s in try SampleExpectation.all() {
            let must = Set(s.mustFire + (s.pending ?? []).map(\.rule))
            XCTAssertEqual(must.intersection(s.mustNotFire), [], s.name)
            XCTAssertEqual(Set(s.mustFire).intersection((s.pending ?? []).map(\.rule)), [], "\(s.name): a rule is both mustFire and pending")
            for p in s.pending ?? [] { XCTAssertFalse(p.reason.trimmingCharacters(in: .whitespaces).isEmpty, "\(s.name): pending \(p.rule) without a reason") }
            XCTAssertFalse(s.description.isEmpty, s.name)
            if let p = s.policy {
                XCTAssertTrue(FileManager.default.fileExists(atPath: s.scanOptions.policyPath ?? ""), "\(s.name): policy \(p) missing")
            }
        }
    }

    func testAtLeastTwentyViolationSamplesAndThreeControls() throws {
        let all = try SampleExpectation.all()
        XCTAssertGreaterThanOrEqual(all.filter { !$0.isControl }.count, 20)
        let controls = all.filter(\.isControl)
        XCTAssertGreaterThanOrEqual(controls.count, 3)
        // A control must trip no Android or policy rule at all.
        let androidAndPolicy = known.filter { $0.hasPrefix("android.") || $0.hasPrefix("policy.") }
        for c in controls {
            XCTAssertEqual(androidAndPolicy.subtracting(c.mustNotFire).sorted(), [], "control \(c.name) leaves rules unchecked")
        }
    }

    /// Each Android and policy rule has a sample planting it (mustFire or pending) and one where it must stay silent.
    func testEveryAndroidAndPolicyRuleIsPlantedAndGuarded() throws {
        let all = try SampleExpectation.all()
        let planted = Set(all.flatMap { $0.mustFire + ($0.pending ?? []).map(\.rule) })
        let guarded = Set(all.flatMap(\.mustNotFire))
        for id in known.sorted() where id.hasPrefix("android.") || id.hasPrefix("policy.") {
            XCTAssertTrue(planted.contains(id), "no sample plants \(id)")
            XCTAssertTrue(guarded.contains(id), "no sample where \(id) must stay silent")
        }
    }
}
