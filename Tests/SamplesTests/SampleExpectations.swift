import Foundation
import MingchaKit

/// One sample app and what a scan of it must and must not report (its expected.json).
struct SampleExpectation: Decodable {
    struct Pending: Decodable {
        var rule: String
        var reason: String
    }
    var name = ""
    var folder = URL(fileURLWithPath: "/")
    var description: String
    var mustFire: [String]
    var mustNotFire: [String]
    var pending: [Pending]?
    var policy: String?
    var category: String?

    private enum CodingKeys: String, CodingKey { case description, mustFire, mustNotFire, pending, policy, category }

    /// The built APK under Samples/apk/built/.
    var apk: URL { MingchaPaths.samples.appendingPathComponent("apk/built/\(name).apk") }
    /// A control: an app that must trip nothing.
    var isControl: Bool { mustFire.isEmpty && (pending ?? []).isEmpty }

    /// Every Samples/apk/src/<name>/expected.json, sorted by name.
    static func all() throws -> [SampleExpectation] {
        let src = MingchaPaths.samples.appendingPathComponent("apk/src")
        let names = try FileManager.default.contentsOfDirectory(atPath: src.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { name in
            let folder = src.appendingPathComponent(name)
            let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
            var e = try JSONDecoder().decode(SampleExpectation.self, from: data)
            e.name = name
            e.folder = folder
            return e
        }
    }

    /// Scan options as eval.py builds them: the supplied policy (relative to expected.json) and category.
    var scanOptions: ScanOptions {
        var o = ScanOptions()
        if let p = policy { o.policyPath = folder.appendingPathComponent(p).standardizedFileURL.path }
        o.category = category
        return o
    }
}
