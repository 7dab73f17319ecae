import Foundation
import XCTest
@testable import MingchaKit

/// One uninterrupted batch over good, broken and hostile inputs, computed once and compared
/// against by the other tests (single scans, kill -9 and resume, shards and merge).
final class BatchRunTests: XCTestCase {
    struct Baseline { var inputs: URL; var list: URL; var out: URL; var count: Int }
    nonisolated(unsafe) static var cached: Baseline?

    /// The inputs: the folder (3 good + 5 bad files), and a list file with Chinese headers naming
    /// one of the good apps again with its store, plus a row whose package does not exist.
    static func reference() throws -> Baseline {
        if let c = cached { return c }
        let inputs = try Scratch.inputs()
        let list = inputs.deletingLastPathComponent().appendingPathComponent("list-\(UUID().uuidString).csv")
        try "\u{FEFF}应用名称,开发者,来源,路径,隐私政策\r\n旧版样例,\"样例科技, 有限公司\",应用宝,\(inputs.path)/old.apk,https://example.com/privacy\r\n不存在的应用,某公司,华为应用市场,\(inputs.path)/missing.apk,\r\n"
            .write(to: list, atomically: true, encoding: .utf8)
        let out = try Scratch.folder("batch-ref")
        let r = try CLI.run(["batch", inputs.path, "--list", list.path, "--out", out.path, "--jobs", "2", "--progress", "lines"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let b = Baseline(inputs: inputs, list: list, out: out, count: 8 + 2)
        cached = b
        return b
    }

    func testEveryInputGetsExactlyOneRecordAndErrorsSayWhy() throws {
        let ref = try Self.reference()
        let records = try Scratch.records(ref.out)
        XCTAssertEqual(records.count, ref.count)
        XCTAssertEqual(records.map(\.item.index), Array(0..<ref.count))
        XCTAssertEqual(Set(records.map(\.key)).count, ref.count, "every input has its own result key")
        let byName = Dictionary(grouping: records, by: { URL(fileURLWithPath: $0.item.path).lastPathComponent })
        for name in ["garbage.apk", "bomb.apk", "truncated.apk", "nomanifest.apk", "empty.apk", "missing.apk"] {
            let r = try XCTUnwrap(byName[name]?.first, name)
            XCTAssertEqual(r.report.status, .error, name)
            let problem = try XCTUnwrap(r.report.problems.first, name)
            XCTAssertFalse(problem.code.isEmpty, name)
            XCTAssertGreaterThan(problem.message.count, 10, name)
        }
        for name in ["new.apk", "signed-v1-ec.apk"] {
            XCTAssertNotEqual(byName[name]?.first?.report.status, .error, name)
        }
        // old.apk twice: once from the folder, once from the list with its listed identity.
        let old = try XCTUnwrap(byName["old.apk"])
        XCTAssertEqual(old.count, 2)
        let listed = try XCTUnwrap(old.first { $0.item.name != nil })
        XCTAssertEqual(listed.item.name, "旧版样例")
        XCTAssertEqual(listed.item.developer, "样例科技, 有限公司")
        XCTAssertEqual(listed.item.source, "应用宝")
        XCTAssertEqual(listed.item.policyURL, "https://example.com/privacy")
        XCTAssertNil(listed.item.policy)
        // The children report the digest the batch computed for the key: the file's own.
        for r in records where FileManager.default.fileExists(atPath: r.item.path) {
            XCTAssertEqual(r.report.input.sha256, try Hashing.sha256Hex(fileAt: r.item.path), r.item.path)
        }
        // Each record's report is the stored result file.
        for r in records {
            let stored = try JSONDecoder().decode(ScanReport.self, from: XCTUnwrap(FileManager.default.contents(atPath: ref.out.appendingPathComponent("results/\(r.key).json").path)))
            XCTAssertEqual(try JSONOutput.string(stored), try JSONOutput.string(r.report))
        }
        // The summary has a row per app; the notice names the listed app with its store.
        let summary = CSV.parse(Scratch.text(ref.out.appendingPathComponent("summary.csv")))
        XCTAssertEqual(summary.count, ref.count + 1)
        XCTAssertEqual(summary.first?.first, "index")
        let notice = CSV.parse(Scratch.text(ref.out.appendingPathComponent("notice.csv")))
        XCTAssertEqual(notice.first, ["应用名称", "开发者", "版本", "来源", "所涉问题"])
        let noticeRow = try XCTUnwrap(notice.first { $0.first == "旧版样例" })
        XCTAssertEqual(noticeRow[1], "样例科技, 有限公司")
        XCTAssertEqual(noticeRow[3], "应用宝")
        XCTAssertFalse(noticeRow[4].isEmpty)
        XCTAssertTrue(Scratch.text(ref.out.appendingPathComponent("notice.md")).contains("| 旧版样例 |"))
        for r in records { XCTAssertTrue(FileManager.default.fileExists(atPath: ref.out.appendingPathComponent(r.htmlPath).path)) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: ref.out.appendingPathComponent("tmp").path), "tmp/ is removed after a run")
    }

    /// A batch record's report equals `mingcha scan --format json` of the same path.
    func testGoodRecordsEqualTheirSingleScans() throws {
        let ref = try Self.reference()
        let records = try Scratch.records(ref.out).filter { $0.item.name == nil && $0.report.status != .error }
        XCTAssertEqual(records.count, 3)
        for r in records {
            let single = try CLI.run(["scan", r.item.path, "--format", "json"])
            XCTAssertEqual(single.status, 0, single.stderr)
            let report = try JSONDecoder().decode(ScanReport.self, from: Data(single.stdout.utf8))
            XCTAssertEqual(try JSONOutput.string(report), try JSONOutput.string(r.report), r.item.path)
        }
    }

    /// The files written record by record as the apps finish are what the whole-list renderers
    /// give for the same records, and nothing is left of the files being built.
    func testOutputsWrittenAsAppsFinishEqualWholeListRenderings() throws {
        let ref = try Self.reference()
        let records = try Scratch.records(ref.out)
        XCTAssertEqual(records.map(\.item.index), Array(0..<ref.count), "in input order")
        XCTAssertEqual(Scratch.text(ref.out.appendingPathComponent("results.sarif")), try SARIFReport.render(records.map(\.report)) + "\n")
        XCTAssertEqual(Scratch.text(ref.out.appendingPathComponent("index.html")), HTMLReport.index(entries: records.map {
            .init(report: $0.report, href: $0.htmlPath, name: $0.item.name, source: $0.item.source)
        }))
        let notice = NoticeTable.rows(entries: records.map { .init(report: $0.report, name: $0.item.name, developer: $0.item.developer, source: $0.item.source) })
        XCTAssertFalse(notice.isEmpty)
        XCTAssertEqual(Scratch.text(ref.out.appendingPathComponent("notice.csv")), NoticeTable.csv(notice))
        let left = try FileManager.default.contentsOfDirectory(atPath: ref.out.path).filter { $0.hasPrefix(".") || $0 == "tmp" }
        XCTAssertEqual(left, [], "no scratch or hidden files in the output folder")
    }

    /// An output that cannot be written part-way (here an app's page, where a folder sits in its
    /// place) stops the batch with an error naming the file, no new app is started, and no
    /// aggregate output is left half-written; fixing the folder and running again finishes it.
    func testUnwritableOutputStopsTheBatchCleanly() throws {
        let ref = try Self.reference()
        let records = try Scratch.records(ref.out)
        let out = try Scratch.folder("batch-blocked")
        let blocked = out.appendingPathComponent(records[3].htmlPath)
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("in-the-way"), withIntermediateDirectories: true)
        // One job, so "no new app after the failure" is exact: apps 1-4 are stored, no other.
        let args = ["batch", ref.inputs.path, "--list", ref.list.path, "--out", out.path, "--jobs", "1", "--progress", "none"]
        let r = try CLI.run(args, timeout: 60)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains(records[3].key), r.stderr)
        for name in Scratch.outputs {
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        let stored = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("results").path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(Set(stored), Set(records.prefix(4).map { $0.key + ".json" }), "the apps up to the failure keep their results; no app is started after it")
        try FileManager.default.removeItem(at: blocked)
        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, again.stderr)
        for name in Scratch.outputs {
            XCTAssertEqual(Scratch.text(out.appendingPathComponent(name)), Scratch.text(ref.out.appendingPathComponent(name)), name)
        }
    }

    /// A batch killed with SIGKILL after its first result, then run again, ends with outputs
    /// byte-identical to the uninterrupted run, and the second run reuses what the first wrote.
    func testKillNineMidwayThenResumeEqualsUninterruptedRun() throws {
        let ref = try Self.reference()
        let out = try Scratch.folder("batch-killed")
        let args = ["batch", ref.inputs.path, "--list", ref.list.path, "--out", out.path, "--jobs", "2", "--progress", "lines"]
        let p = try CLI.start(args)
        let results = out.appendingPathComponent("results")
        let deadline = Date().addingTimeInterval(60)
        var written: [String] = []
        while Date() < deadline {
            written = ((try? FileManager.default.contentsOfDirectory(atPath: results.path)) ?? []).filter { $0.hasSuffix(".json") }
            if !written.isEmpty || !p.isRunning { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal, "the batch was killed, not finished")
        XCTAssertFalse(written.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("results.jsonl").path))
        // Every result file present after the kill is whole.
        let survivors = ((try? FileManager.default.contentsOfDirectory(atPath: results.path)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        for f in survivors {
            XCTAssertNoThrow(try JSONDecoder().decode(ScanReport.self, from: XCTUnwrap(FileManager.default.contents(atPath: results.appendingPathComponent(f).path))), f)
        }
        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("\(survivors.count) already done"), again.stderr)
        for name in Scratch.outputs {
            XCTAssertEqual(Scratch.text(out.appendingPathComponent(name)), Scratch.text(ref.out.appendingPathComponent(name)), name)
        }
    }

    /// Shards 1/3, 2/3, 3/3 partition the inputs; merged they equal the unsharded run; a merge
    /// with a shard missing is refused.
    func testShardsPartitionAndMergeEqualsUnshardedRun() throws {
        let ref = try Self.reference()
        var shardDirs: [String] = []
        var seen: [Int] = []
        for k in 1...3 {
            let out = try Scratch.folder("shard\(k)")
            let r = try CLI.run(["batch", ref.inputs.path, "--list", ref.list.path, "--out", out.path, "--jobs", "2",
                                 "--shard", "\(k)/3", "--progress", "none"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let idx = try Scratch.records(out).map(\.item.index)
            XCTAssertTrue(idx.allSatisfy { $0 % 3 == k - 1 }, "shard \(k)/3 took \(idx)")
            seen += idx
            shardDirs.append(out.path)
        }
        XCTAssertEqual(seen.sorted(), Array(0..<ref.count), "union = all inputs, no input twice")
        let merged = try Scratch.folder("merged")
        let m = try CLI.run(["merge"] + shardDirs + ["--out", merged.path])
        XCTAssertEqual(m.status, 0, m.stderr)
        for name in Scratch.outputs {
            XCTAssertEqual(Scratch.text(merged.appendingPathComponent(name)), Scratch.text(ref.out.appendingPathComponent(name)), name)
        }
        let partial = try CLI.run(["merge", shardDirs[0], shardDirs[2], "--out", try Scratch.folder("partial").path])
        XCTAssertNotEqual(partial.status, 0)
        XCTAssertTrue(partial.stderr.contains("2/3"), partial.stderr)
        let bad = try CLI.run(["batch", ref.inputs.path, "--out", merged.path, "--shard", "4/3"])
        XCTAssertEqual(bad.status, 2, bad.stderr)
    }
}
