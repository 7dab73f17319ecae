import Foundation
import XCTest
@testable import MingchaKit

final class BatchProgressTests: XCTestCase {
    final class Sink: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
        func add(_ s: String) { lock.lock(); text += s; lock.unlock() }
    }

    func record(_ i: Int, status: ScanStatus, problem: ScanProblem? = nil) -> BatchRecord {
        BatchRecord(key: "k\(i)", item: BatchItem(index: i, path: "/apps/app\(i).apk", name: i == 0 ? "某应用" : nil),
                    report: ScanReport(tool: ToolInfo(version: "1", knowledgeBaseVersion: "k", rulesVersion: "r"),
                                       input: InputInfo(path: "/apps/app\(i).apk", fileName: "app\(i).apk", sha256: "", size: 0, kind: "apk"),
                                       status: status, problems: problem.map { [$0] } ?? [], facts: nil, findings: []))
    }

    func testTerminalLineShowsCountsRateETACurrentAppAndErrors() {
        let sink = Sink()
        let p = BatchProgress(mode: .terminal, write: { sink.add($0) })
        p.start(total: 3, shard: .whole)
        p.began(BatchItem(index: 0, path: "/apps/app0.apk"))
        XCTAssertTrue(sink.text.contains("[0/3]"))
        XCTAssertTrue(sink.text.contains("app0.apk"), "current app shown")
        p.finished(record(0, status: .ok), reusedResult: false, seconds: 1)
        p.began(BatchItem(index: 1, path: "/apps/app1.apk"))
        p.finished(record(1, status: .error, problem: ScanProblem(code: "batch.timeout", message: "timed out")), reusedResult: false, seconds: 1)
        let last = sink.text.components(separatedBy: "\r").last ?? ""
        XCTAssertTrue(last.contains("[2/3]"), last)
        XCTAssertTrue(last.contains("/min"), last)
        XCTAssertTrue(last.contains("ETA"), last)
        XCTAssertTrue(last.contains("errors 1"), last)
        XCTAssertFalse(sink.text.contains("\n"), "a terminal line is redrawn in place until the end")
        p.end()
        XCTAssertTrue(sink.text.hasSuffix("\n"))
    }

    func testLineModeWritesOneLinePerAppWithTheReason() throws {
        let sink = Sink()
        let p = BatchProgress(mode: .lines, write: { sink.add($0) })
        p.start(total: 2, shard: try BatchShard(k: 2, n: 4))
        p.finished(record(0, status: .ok), reusedResult: true, seconds: 0)
        p.finished(record(1, status: .error, problem: ScanProblem(code: "zip.truncated", message: "cut short")), reusedResult: false, seconds: 2)
        p.end()
        let lines = sink.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].contains("shard 2/4"))
        XCTAssertTrue(lines[1].hasPrefix("[1/2] ok 某应用 (done before"), lines[1])
        XCTAssertTrue(lines[2].contains("zip.truncated: cut short"), lines[2])
        XCTAssertFalse(sink.text.contains("\u{1B}"), "no terminal escapes in logs")
        XCTAssertTrue(lines[3].contains("1 scanned, 1 already done"), lines[3])
    }
}
