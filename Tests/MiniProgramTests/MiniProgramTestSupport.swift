import Foundation
@testable import MingchaKit

/// Test helpers: a wxapkg writer of the tests' own (so hostile variants can be made byte by byte)
/// and paths of the samples and fixtures.
enum MP {
    static let samples = MingchaPaths.samples.appendingPathComponent("miniprogram")
    static let built = samples.appendingPathComponent("built")
    static let fixtures = MingchaPaths.testFixtures.appendingPathComponent("miniprogram")

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func le32(_ v: Int) -> [UInt8] { be32(v).reversed() }

    /// A plain package with absolute offsets; `offsets` overrides the computed ones.
    static func pack(_ files: [(String, [UInt8])], offsets: [Int]? = nil) -> [UInt8] {
        let indexLength = 4 + files.reduce(0) { $0 + 12 + $1.0.utf8.count }
        var index = be32(files.count)
        var body: [UInt8] = []
        var off = 14 + indexLength
        for (i, (name, data)) in files.enumerated() {
            index += be32(name.utf8.count) + Array(name.utf8) + be32(offsets?[i] ?? off) + be32(data.count)
            off += data.count
            body += data
        }
        return [0xBE] + be32(0) + be32(indexLength) + be32(body.count) + [0xED] + index + body
    }

    static let small: [(String, [UInt8])] = [("/app-config.json", Array("{\"pages\":[\"pages/a/a\"]}".utf8)),
                                             ("/app-service.js", Array("wx.getLocation({})".utf8))]

    static func code(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as MingchaError { return e.code } catch { return "untyped: \(error)" }
    }

    static func tempDir() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}
