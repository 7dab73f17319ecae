import Foundation
import XCTest
@testable import MingchaKit

/// The batch's outputs written record by record must be the bytes the whole-list renderers give,
/// leave nothing behind in the scratch folder, and refuse records out of order.
final class BatchOutputWriterTests: XCTestCase {
    let tool = ToolInfo(version: "t", knowledgeBaseVersion: "k", rulesVersion: "r")

    func finding(_ rule: String, _ severity: Severity, types: [Int], detail: String) -> Finding {
        Finding(ruleId: rule, title: Localized(zh: "标题 \(rule)", en: "title \(rule)"), types: types, miitCategory: types.isEmpty ? "C7" : nil,
                severity: severity, confidence: .suspected, legalBasis: types.isEmpty ? [] : ["第五条"],
                message: Localized(zh: "消息：\"引号\" / 斜杠\n换行", en: "message"),
                evidence: [Evidence(.dexCall, file: "classes.dex", location: "La/B;->c()V", detail: detail),
                           Evidence(.manifestElement, file: "AndroidManifest.xml", location: "<receiver>", detail: "BOOT_COMPLETED")],
                remediation: Localized(zh: "整改", en: "fix"), needsDynamicCheck: severity == .low, sdk: rule.hasPrefix("sdk") ? "友盟" : nil)
    }

    func report(_ file: String, sha: String, id: String, status: ScanStatus = .ok, findings: [Finding]) -> ScanReport {
        var facts = AppFacts(identity: AppIdentity(platform: .android, id: id))
        facts.identity.name = "应用 \(id)"
        facts.identity.versionName = "1.0"
        return ScanReport(tool: tool, input: InputInfo(path: "/in/" + file, fileName: file, sha256: sha, size: 10, kind: "apk"),
                          status: status, problems: status == .error ? [ScanProblem(code: "zip.no-apk", message: "not a zip")] : [],
                          facts: status == .error ? nil : facts, findings: findings)
    }

    /// Apps with several rules, one with none, an error, and the same package listed twice.
    var reports: [ScanReport] {
        [report("a b#1.apk", sha: "aa", id: "com.a", findings: [finding("policy.missing", .high, types: [10], detail: "none"),
                                                               finding("sdk.umeng", .medium, types: [], detail: "com.umeng"),
                                                               finding("early.permission", .low, types: [8], detail: "READ_PHONE_STATE")]),
         report("clean.apk", sha: "bb", id: "com.clean", findings: []),
         report("broken.apk", sha: "", id: "x", status: .error, findings: []),
         report("a b#1.apk", sha: "aa", id: "com.a", findings: [finding("autostart.boot", .medium, types: [], detail: "boot")]),
         report("c.apk", sha: "cc", id: "com.c", findings: [finding("early.permission", .info, types: [8], detail: "CAMERA"),
                                                            finding("policy.missing", .high, types: [10], detail: "none")])]
    }

    func records(_ rs: [ScanReport]) -> [BatchRecord] {
        rs.enumerated().map { i, r in
            BatchRecord(key: "key\(i)", item: BatchItem(index: 2 * i, path: r.input.path, name: i == 1 ? "列表名" : nil,
                                                          developer: i == 0 ? "某公司" : nil, source: "应用宝"), report: r)
        }
    }

    func folder(_ name: String) throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    func write(_ records: [BatchRecord], to dir: URL, lang: String = "zh") throws -> BatchOutputWriter {
        let w = try BatchOutputWriter(dir: dir, scratch: dir.appendingPathComponent("tmp"), lang: lang)
        for r in records { try w.add(r) }
        try w.finish(manifest: BatchManifest(shard: .whole, totalInputs: 2 * records.count, records: w.count, tool: tool))
        return w
    }

    func text(_ dir: URL, _ name: String) -> String? {
        FileManager.default.contents(atPath: dir.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testOutputsEqualTheWholeListRenderings() throws {
        for lang in ["zh", "en"] {
            let dir = try folder(lang)
            let rs = records(reports)
            let w = try write(rs, to: dir, lang: lang)
            XCTAssertEqual(w.count, 5)
            XCTAssertEqual(w.highest, .high)
            XCTAssertEqual(text(dir, "results.sarif"), try SARIFReport.render(reports, lang: lang) + "\n", lang)
            XCTAssertEqual(text(dir, "index.html"), HTMLReport.index(entries: rs.map {
                .init(report: $0.report, href: $0.htmlPath, name: $0.item.name, source: $0.item.source)
            }, lang: lang))
            let notice = NoticeTable.rows(entries: rs.map { .init(report: $0.report, name: $0.item.name, developer: $0.item.developer, source: $0.item.source) }, lang: lang)
            XCTAssertEqual(notice.count, 3, "the clean app and the error are not in the notice")
            XCTAssertEqual(text(dir, "notice.csv"), NoticeTable.csv(notice, lang: lang))
            XCTAssertEqual(text(dir, "notice.md"), NoticeTable.markdown(notice, lang: lang))
            XCTAssertEqual(try BatchOutputs.readRecords(in: dir).map(\.key), rs.map(\.key))
            XCTAssertEqual(text(dir, "summary.csv").map { CSV.parse($0).count }, 6, "header and one row per app")
            for r in rs { XCTAssertEqual(text(dir, r.htmlPath), HTMLReport.render(r.report, lang: lang)) }
            let manifest = try BatchOutputs.readManifest(in: dir)
            XCTAssertEqual(manifest.records, 5)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("tmp").path), [], "nothing left in scratch")
            // The SARIF log parses, and every result points at its own rule.
            let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(XCTUnwrap(text(dir, "results.sarif")).utf8)) as? [String: Any])
            let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
            let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
            let results = try XCTUnwrap(run["results"] as? [[String: Any]])
            XCTAssertEqual(results.count, 6)
            for r in results { XCTAssertEqual(rules[try XCTUnwrap(r["ruleIndex"] as? Int)]["id"] as? String, r["ruleId"] as? String) }
        }
    }

    func testNoFindingsAtAllGivesTheEmptyLog() throws {
        let quiet = [report("clean.apk", sha: "bb", id: "com.clean", findings: [])]
        let dir = try folder("empty")
        let w = try write(records(quiet), to: dir)
        XCTAssertNil(w.highest)
        XCTAssertEqual(text(dir, "results.sarif"), try SARIFReport.render(quiet) + "\n")
        let none = try folder("none")
        _ = try write([], to: none)
        XCTAssertEqual(text(none, "results.sarif"), try SARIFReport.render([]) + "\n")
        XCTAssertEqual(text(none, "index.html"), HTMLReport.index(entries: []))
        XCTAssertEqual(text(none, "results.jsonl"), "")
    }

    /// Out of order is refused; a writer dropped before `finish` leaves the previous outputs as
    /// they were and its scratch files gone.
    func testOutOfOrderIsRefusedAndAnUnfinishedWriterChangesNothing() throws {
        let dir = try folder("order")
        let rs = records(reports)
        _ = try write(Array(rs.prefix(2)), to: dir)
        let before = Dictionary(uniqueKeysWithValues: ["results.jsonl", "summary.csv", "index.html", "results.sarif"].map { ($0, text(dir, $0)) })
        do {
            let w = try BatchOutputWriter(dir: dir, scratch: dir.appendingPathComponent("tmp"), lang: "zh")
            try w.add(rs[3])
            XCTAssertThrowsError(try w.add(rs[2])) { e in
                XCTAssertEqual((e as? BatchError)?.code, "batch.output")
                XCTAssertTrue("\(e)".contains("input order"), "\(e)")
            }
            XCTAssertThrowsError(try w.add(rs[3]), "the same position twice")
        }
        for (name, content) in before { XCTAssertEqual(text(dir, name), content, name) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("tmp").path), [])
    }

    /// Records written to two shard folders merge into what one writer gives for all of them,
    /// including an input whose path looks like the start of a report member.
    func testMergeOfShardFoldersEqualsOneWriter() throws {
        var rs = records(reports)
        rs[1].item.path = #"/in/odd ,"report":{"x".apk"#
        let whole = try folder("whole")
        _ = try write(rs, to: whole)
        var shards: [String] = []
        for k in 1...2 {
            let dir = try folder("shard\(k)")
            let w = try BatchOutputWriter(dir: dir, scratch: dir.appendingPathComponent("tmp"), lang: "zh")
            let mine = rs.filter { ($0.item.index / 2) % 2 == k - 1 }
            for r in mine { try w.add(r) }
            try w.finish(manifest: BatchManifest(shard: try BatchShard(k: k, n: 2), totalInputs: 2 * rs.count, records: mine.count, tool: tool))
            shards.append(dir.path)
        }
        let out = try folder("merged")
        let outcome = try BatchMerge.merge(shards, into: out.path, lang: "zh", allowPartial: true)
        XCTAssertEqual(outcome.records, 5)
        XCTAssertEqual(outcome.errors, 1)
        for name in ["results.jsonl", "summary.csv", "index.html", "results.sarif", "notice.csv", "notice.md"] {
            XCTAssertEqual(text(out, name), text(whole, name), name)
        }
        XCTAssertEqual(try BatchOutputs.readRecords(in: out)[1].item.path, rs[1].item.path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("tmp").path))
    }

    /// A shard whose record is whole up to its report but broken inside it is refused before the
    /// merge writes anything: no result files, no pages, no scratch folder.
    func testBrokenShardRecordIsRefusedBeforeAnythingIsWritten() throws {
        let rs = records(reports)
        let shard = try folder("broken")
        _ = try write(rs, to: shard)
        let jsonl = shard.appendingPathComponent("results.jsonl")
        var lines = (text(shard, "results.jsonl") ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cut = try XCTUnwrap(lines[3].range(of: #""report":"#))
        lines[3] = String(lines[3][..<cut.upperBound]) + #"{"status":"#   // the report cut short
        try lines.joined(separator: "\n").write(to: jsonl, atomically: true, encoding: .utf8)
        let out = try folder("merged-broken")
        XCTAssertThrowsError(try BatchMerge.merge([shard.path], into: out.path, lang: "zh", allowPartial: true)) { e in
            XCTAssertEqual((e as? BatchError)?.code, "batch.merge-input")
            XCTAssertTrue("\(e)".contains("line 4"), "\(e)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }
}
