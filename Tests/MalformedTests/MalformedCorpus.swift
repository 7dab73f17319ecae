import Foundation
import XCTest
@testable import MingchaKit

/// The malformed-input corpus, generated once per test run by `scripts/make-malformed.py` into a
/// temporary folder (deterministic seeds, so every run meets the same bytes).
enum MalformedCorpus {
    struct Input {
        let kind: String
        let file: String
        /// `error`, `not-ok` (error or partial) or `any` (damage may land where no reader looks).
        let expect: String
        let what: String
        let path: String
    }

    static let root: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mingcha-malformed-\(getpid())")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", MingchaPaths.sourceRoot.appendingPathComponent("scripts/make-malformed.py").path, dir.path]
        p.standardOutput = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return dir
    }()

    static let inputs: [Input] = {
        guard let text = try? String(contentsOf: root.appendingPathComponent("manifest.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { return nil }
            return Input(kind: f[0], file: f[1], expect: f[2], what: f[3],
                         path: root.appendingPathComponent(f[0]).appendingPathComponent(f[1]).path)
        }
    }()

    static func inputs(kind: String) -> [Input] { inputs.filter { $0.kind == kind } }

    /// Peak resident memory of this process so far, in MiB (Linux reports ru_maxrss in KiB).
    static func peakRSSMiB() -> Int {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Int(u.ru_maxrss) / 1024
    }
}

/// What one input did, checked against its expectation; failures name the input and why.
struct Outcome {
    enum Kind: String { case ok, partial, error }
    let kind: Kind
    let codes: [String]
}

/// Runs each input through `body`, enforcing the per-input time bound, the memory bound and the
/// expectation, and prints totals by outcome and code.
final class MalformedRunner {
    /// Generous for debug builds on a shared machine; a hang or a quadratic walk blows well past it.
    static let secondsPerInput = 10.0
    /// Growth of the peak RSS allowed over the whole run (no input may inflate a bomb in memory).
    static let memoryGrowthMiB = 768

    var totals: [String: Int] = [:]
    var codes: [String: Int] = [:]
    let baseline = MalformedCorpus.peakRSSMiB()
    let label: String

    init(_ label: String) { self.label = label }

    func run(_ inputs: [MalformedCorpus.Input], file: StaticString = #filePath, line: UInt = #line,
             _ body: (MalformedCorpus.Input) -> Outcome) {
        XCTAssertFalse(inputs.isEmpty, "\(label): no inputs generated (is python3 installed?)", file: file, line: line)
        for input in inputs {
            let t0 = Date()
            let o = body(input)
            let dt = Date().timeIntervalSince(t0)
            let name = "\(input.kind)/\(input.file) (\(input.what))"
            XCTAssertLessThan(dt, Self.secondsPerInput, "\(name) took \(dt) s", file: file, line: line)
            if dt > 1 { print("malformed \(label): slow input \(name): \(String(format: "%.1f", dt)) s") }
            let grown = MalformedCorpus.peakRSSMiB() - baseline
            XCTAssertLessThan(grown, Self.memoryGrowthMiB, "\(name): peak memory grew by \(grown) MiB", file: file, line: line)
            switch input.expect {
            case "error":
                XCTAssertEqual(o.kind, .error, "\(name) should be refused, got \(o.kind.rawValue)", file: file, line: line)
            case "not-ok":
                XCTAssertNotEqual(o.kind, .ok, "\(name) should be an error or partial, got ok", file: file, line: line)
            default:
                break
            }
            if o.kind != .ok {
                XCTAssertFalse(o.codes.isEmpty, "\(name): \(o.kind.rawValue) without a problem code", file: file, line: line)
            }
            for c in o.codes {
                XCTAssertFalse(c.isEmpty || c == "scan.error" || c.hasPrefix("untyped"),
                               "\(name): problem without a typed code: \(c)", file: file, line: line)
                codes[c, default: 0] += 1
            }
            totals[o.kind.rawValue, default: 0] += 1
        }
        let t = ["ok", "partial", "error"].map { "\($0) \(totals[$0] ?? 0)" }.joined(separator: ", ")
        print("malformed \(label): \(inputs.count) inputs: \(t); codes: "
              + codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }

    /// The outcome of a whole scan.
    static func outcome(_ r: ScanReport) -> Outcome {
        let kind: Outcome.Kind = r.status == .ok ? .ok : (r.status == .partial ? .partial : .error)
        return Outcome(kind: kind, codes: r.problems.map(\.code))
    }

    /// The outcome of one parser call: a typed throw is an error, reported problems make it partial.
    static func outcome(_ body: () throws -> [String]) -> Outcome {
        do {
            let problems = try body()
            return Outcome(kind: problems.isEmpty ? .ok : .partial, codes: problems)
        } catch let e as MingchaError {
            return Outcome(kind: .error, codes: [e.code])
        } catch is ByteReaderError {
            return Outcome(kind: .error, codes: ["bytes.malformed"])
        } catch {
            return Outcome(kind: .error, codes: ["untyped: \(error)"])
        }
    }
}
