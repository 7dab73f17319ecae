import Foundation
import XCTest
@testable import MingchaKit

/// SARIF against the OASIS schema, HTML in a real browser.
final class ReportFormatTests: XCTestCase {
    static let schema = MingchaPaths.testFixtures.appendingPathComponent("batch/sarif-schema-2.1.0-subset.json")

    func validate(_ sarif: URL) throws -> (Int32, String) {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.load(open(sys.argv[2]))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
        for e in errors[:5]: print(list(e.path), e.message)
        print("results", sum(len(r.get("results", [])) for r in log["runs"]))
        sys.exit(1 if errors else 0)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", script, Self.schema.path, sarif.path]
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-check-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = p.standardOutput
        try p.run(); p.waitUntilExit()
        return (p.terminationStatus, Scratch.text(out))
    }

    func testSARIFValidatesAgainstTheSchema() throws {
        let ref = try BatchRunTests.reference()
        let batch = ref.out.appendingPathComponent("results.sarif")
        let (status, text) = try validate(batch)
        XCTAssertEqual(status, 0, text)
        let findings = try Scratch.records(ref.out).reduce(0) { $0 + $1.report.findings.count }
        XCTAssertGreaterThan(findings, 0)
        XCTAssertTrue(text.contains("results \(findings)"), text)
        // A single-app SARIF too, and the validator does catch a broken log.
        let single = try Scratch.folder("sarif").appendingPathComponent("one.sarif")
        let r = try CLI.run(["scan", MingchaPaths.testFixtures.appendingPathComponent("android/new.apk").path, "--format", "sarif", "-o", single.path, "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try validate(single).0, 0)
        var log = try XCTUnwrap(JSONSerialization.jsonObject(with: XCTUnwrap(FileManager.default.contents(atPath: single.path))) as? [String: Any])
        var runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        runs[0]["bogus"] = true
        log["runs"] = runs
        let broken = single.deletingLastPathComponent().appendingPathComponent("broken.sarif")
        try JSONSerialization.data(withJSONObject: log).write(to: broken)
        XCTAssertEqual(try validate(broken).0, 1, "the schema check must reject an unknown property")
    }

    func testHTMLRendersFindingsInHeadlessChromium() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("chromium is not installed")
        }
        let ref = try BatchRunTests.reference()
        let record = try XCTUnwrap(try Scratch.records(ref.out).first { $0.item.path.hasSuffix("/new.apk") && $0.item.name == nil })
        XCTAssertFalse(record.report.findings.isEmpty)
        let dom = try dumpDOM(chromium, ref.out.appendingPathComponent(record.htmlPath))
        for f in record.report.findings {
            XCTAssertTrue(dom.contains("id=\"\(f.ruleId)\""), "finding \(f.ruleId) not in the rendered page")
        }
        XCTAssertTrue(dom.contains(HTMLReport.esc(record.report.findings[0].title.zh)))
        XCTAssertTrue(dom.contains("cn.mingcha.fixture"))
        let index = try dumpDOM(chromium, ref.out.appendingPathComponent("index.html"))
        XCTAssertTrue(index.contains("href=\"\(record.htmlPath)\""))
        XCTAssertTrue(index.contains("旧版样例"))
    }

    func dumpDOM(_ chromium: String, _ page: URL) throws -> String {
        let profile = try Scratch.folder("chromium-profile")
        let out = profile.appendingPathComponent("dom.html")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                       "--dump-dom", page.absoluteString]
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        return Scratch.text(out)
    }
}
