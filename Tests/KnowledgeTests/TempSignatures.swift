import Foundation
@testable import MingchaKit

/// A writable copy of `Signatures/` in a temporary folder, to seed problems into.
struct TempSignatures {
    let url: URL

    static func copyOfReal() throws -> TempSignatures {
        let dst = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: MingchaPaths.sourceRoot.appendingPathComponent("Signatures"), to: dst)
        return TempSignatures(url: dst)
    }

    func edit(_ rel: String, _ change: (String) -> String) throws {
        let f = url.appendingPathComponent(rel)
        let s = try String(contentsOf: f, encoding: .utf8)
        let t = change(s)
        precondition(t != s, "edit of \(rel) changed nothing")
        try t.write(to: f, atomically: true, encoding: .utf8)
    }

    func write(_ rel: String, _ text: String) throws {
        let f = url.appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: f, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
