import Foundation
import XCTest
@testable import MingchaKit

/// A long candidate file is classified from its head (`PolicyReader.structure` with
/// `headCharacters`) when the cut cannot change the verdict: that verdict must be the one the
/// whole file gets, and a policy must still be read whole.
final class PolicyHeadClassificationTests: XCTestCase {
    /// Dictionary-like lines of CJK characters (what an input method ships), deterministic.
    static func filler(characters: Int, seed: UInt64 = 7) -> String {
        var state = seed
        var out = ""
        var count = 0
        while count < characters {
            var line = ""
            for _ in 0..<6 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                line.unicodeScalars.append(Unicode.Scalar(UInt32(0x4E00 + (state >> 33) % 0x5000))!)
            }
            out += line + "\t" + line + "\n"
            count += line.count * 2 + 2
        }
        return out
    }

    static func policyTexts() throws -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        let dir = PF.sharedPolicies.appendingPathComponent("ca4p-dev/text")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().prefix(15)
        for n in names {
            out.append((n, try String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8)))
        }
        for n in ["sdk-table.html", "user-agreement.html"] {
            out.append((n, String(decoding: try PF.bytes(n), as: UTF8.self)))
        }
        return out
    }

    func testHeadVerdictIsTheWholeFilesVerdict() throws {
        let terms = try PolicyTerms.standard()
        let filler = Self.filler(characters: 90_000)
        var decided = 0, decidedPolicies = 0, compared = 0
        for (name, text) in try Self.policyTexts() {
            let ext = (name as NSString).pathExtension
            var repeated = text
            while repeated.count < 2 * PolicyClassifier.headCharacters { repeated += "\n" + text }
            let variants = [
                ("repeated", repeated),                       // a long policy: still a policy
                ("filler-first", filler + "隐私\n" + text),     // a dictionary that mentions 隐私
                ("policy-first", text + "\n" + filler),       // a policy followed by an appendix
                ("filler-only", "词典\n" + filler + "隐私\n"),
            ]
            for (kind, body) in variants {
                let file = "assets/\(kind)-\(name).\(ext)"
                let bytes = Array(body.utf8)
                let text = try PolicyReader.decode(bytes: bytes, name: file)
                let whole = try PolicyReader.structure(text)
                XCTAssertTrue(whole.complete, file)
                XCTAssertEqual(whole.document, try PolicyReader.document(bytes: bytes, name: file), file)
                let full = PolicyClassifier.classify(whole.document, terms: terms)
                let head = try PolicyReader.structure(text, headCharacters: PolicyClassifier.headCharacters)
                XCTAssertFalse(head.complete, file)
                compared += 1
                guard let v = PolicyClassifier.classify(head: head.document, terms: terms) else { continue }
                decided += 1
                if v.isPolicy { decidedPolicies += 1 }
                XCTAssertEqual(v, full, "\(file): head says \(v.reason), whole file says \(full.reason)")
            }
        }
        XCTAssertGreaterThan(compared, 60)
        // Not vacuous: most variants are decided from the head, both ways.
        XCTAssertGreaterThan(decided, compared / 2, "\(decided) of \(compared) decided from the head")
        XCTAssertGreaterThan(decidedPolicies, 5)
        XCTAssertGreaterThan(decided - decidedPolicies, 15)
    }

    func testFinderStillReadsALongPolicyWhole() throws {
        // A real policy that does not mention the address book, repeated past the head, then a
        // sentence only the whole file has.
        let terms = try PolicyTerms.standard()
        let policy = try Self.policyTexts().first { p in
            guard p.name.hasSuffix(".txt"), !p.text.contains("通讯录"), !p.text.contains("联系人") else { return false }
            return PolicyClassifier.classify(try PolicyReader.document(bytes: Array(p.text.utf8), name: "p.txt"), terms: terms).isPolicy
        }!
        var body = policy.text
        while body.count < 3 * PolicyClassifier.headCharacters { body += "\n" + policy.text }
        let withoutTail = try PolicyFinder.summary(suppliedPath: nil, candidates: [
            PolicyCandidate(path: "assets/privacy.txt", bytes: Array(body.utf8))], urls: [], limits: ScanLimits())
        XCTAssertNil(withoutTail.mention(of: "contacts"), policy.name)
        body += "\n我们会收集您的通讯录信息，用于好友推荐。\n"
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [
            PolicyCandidate(path: "assets/dict.txt", bytes: Array(("词典\n" + Self.filler(characters: 200_000) + "隐私\n").utf8)),
            PolicyCandidate(path: "assets/privacy.txt", bytes: Array(body.utf8)),
        ], urls: [], limits: ScanLimits())
        XCTAssertEqual(s.availability, .inPackage)
        XCTAssertEqual(s.source.first?.file, "assets/privacy.txt")
        XCTAssertNotNil(s.mention(of: "contacts"), "the sentence after the head was not read")
    }

    func testDictionaryIsRejectedWithTheReasonTheWholeFileGives() throws {
        let text = "词典\n" + Self.filler(characters: 300_000) + "隐私\n"
        let s = try PolicyFinder.summary(suppliedPath: nil, candidates: [
            PolicyCandidate(path: "assets/rime/STPhrases.txt", bytes: Array(text.utf8))], urls: [], limits: ScanLimits())
        XCTAssertEqual(s.availability, .absent)
        let whole = PolicyClassifier.classify(try PolicyReader.document(bytes: Array(text.utf8), name: "x.txt"), terms: try PolicyTerms.standard())
        XCTAssertFalse(whole.isPolicy)
        let detail = s.source.first?.detail ?? ""
        XCTAssertTrue(detail.contains("assets/rime/STPhrases.txt (\(whole.reason))"), detail)
    }

    func testLineEndCut() {
        XCTAssertNil(PolicyReader.lineEnd(in: "短\n文本", after: 10))
        XCTAssertNil(PolicyReader.lineEnd(in: "一二三四五六\n", after: 2), "the only line end is the last character")
        let t = "一二三\r\n四五六\n七八"
        let cut = PolicyReader.lineEnd(in: t, after: 2)!
        XCTAssertEqual(String(t[..<cut]), "一二三\r\n")
        XCTAssertEqual(String(t[cut...]), "四五六\n七八")
    }
}
