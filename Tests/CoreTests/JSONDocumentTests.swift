import Foundation
import XCTest
@testable import MingchaKit

/// Our JSON reader: the values it gives, the texts it refuses (with line and column), and the same
/// tree as Foundation's JSONSerialization on every JSON file of the repository.
final class JSONDocumentTests: XCTestCase {
    private func parse(_ s: String) throws -> JSONValue { try JSONDocument(Array(s.utf8)).root }

    func testValuesAndLookups() throws {
        let v = try parse(#"{"a": [1, -20, 3.5, 1e3, true, false, null, "x"], "b": {"c": "d"}, "a2": 0, "b": 9}"#)
        let a = try XCTUnwrap(v["a"]?.elements)
        XCTAssertEqual(a.count, 8)
        XCTAssertEqual(a[0].int, 1)
        XCTAssertEqual(a[1].int, -20)
        XCTAssertNil(a[2].int, "a fraction is not an Int")
        XCTAssertNil(a[3].int, "an exponent is not an Int")
        XCTAssertEqual(a[2].kind, .number)
        XCTAssertEqual(a[4].bool, true)
        XCTAssertEqual(a[5].bool, false)
        XCTAssertTrue(a[6].isNull)
        XCTAssertEqual(a[7].string, "x")
        // The value after a nested object is found (skipping uses `next`), and a repeated key gives the first.
        XCTAssertEqual(v["a2"]?.int, 0)
        XCTAssertEqual(v["b"]?["c"]?.string, "d")
        XCTAssertNil(v["c"])
        XCTAssertEqual(v.members?.map(\.key), ["a", "b", "a2", "b"])
        XCTAssertNil(v["a"]?["x"], "a list has no members")
        XCTAssertEqual(try parse("[]").elements?.count, 0)
        XCTAssertEqual(try parse(" {} ").members?.count, 0)
        XCTAssertEqual(try parse("\u{FEFF}[1]").elements?.first?.int, 1, "byte-order mark")
    }

    func testEscapes() throws {
        let v = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D", "\ud83d\ude00", "\ud83d x", "\udc00", {"k\u0065y": 1}]"#)
        let e = try XCTUnwrap(v.elements)
        XCTAssertEqual(e[0].string, "a\"b\\c/d\u{08}\u{0C}\n\r\t")
        XCTAssertEqual(e[1].string, "é中")
        XCTAssertEqual(e[2].string, "😀", "a surrogate pair is one character")
        XCTAssertEqual(e[3].string, "\u{FFFD} x", "a lone high surrogate")
        XCTAssertEqual(e[4].string, "\u{FFFD}", "a lone low surrogate")
        XCTAssertEqual(e[5]["key"]?.int, 1, "an escaped key matches its meaning")
        XCTAssertEqual(try parse(#""中文""#).string, "中文")
    }

    func testRefusedTextsSayWhere() {
        func error(_ s: String) -> JSONSyntaxError? {
            do { _ = try JSONDocument(Array(s.utf8)); return nil } catch { return error }
        }
        let cases: [(String, Int, Int, String)] = [
            ("", 1, 1, "ends where a value"),
            ("{\"a\": 1,\n \"b\" 2}", 2, 6, "expected ':'"),
            ("[1, 2", 1, 6, "ends inside a list"),
            ("[1 2]", 1, 4, "expected ','"),
            ("{1: 2}", 1, 2, "quoted key"),
            ("[01]", 1, 2, "cannot start with 0"),
            ("[1.]", 1, 4, "after '.'"),
            ("[-]", 1, 3, "needs digits"),
            ("[1e]", 1, 4, "exponent"),
            ("[tru]", 1, 2, "unexpected character"),
            ("\"abc", 1, 5, "inside a string"),
            ("\"a\u{01}b\"", 1, 3, "control character"),
            ("\"\\x\"", 1, 3, "unknown escape"),
            ("\"\\u12G4\"", 1, 2, "four hex digits"),
            ("[1] x", 1, 5, "after the value"),
            ("[1,]", 1, 4, "unexpected character"),
        ]
        for (text, line, column, reason) in cases {
            guard let e = error(text) else { XCTFail("accepted \(text.debugDescription)"); continue }
            XCTAssertEqual(e.line, line, "\(text.debugDescription): \(e)")
            XCTAssertEqual(e.column, column, "\(text.debugDescription): \(e)")
            XCTAssertTrue(e.reason.contains(reason), "\(text.debugDescription): \(e)")
        }
    }

    func testNestingIsBounded() throws {
        let ok = String(repeating: "[", count: JSONDocument.maxDepth) + String(repeating: "]", count: JSONDocument.maxDepth)
        XCTAssertNoThrow(try parse(ok))
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try parse(deep)) { XCTAssertTrue("\($0)".contains("nested deeper"), "\($0)") }
    }

    func testTypedReadsNameTheKey() throws {
        let v = try parse(#"{"s": "x", "n": 1, "l": ["a", 2], "m": {"k": ["v"], "z": null}, "b": "yes", "nul": null}"#)
        XCTAssertEqual(try v.string("s"), "x")
        XCTAssertThrowsError(try v.string("missing")) { XCTAssertEqual("\($0)", #"missing key "missing""#) }
        XCTAssertThrowsError(try v.string("nul")) { XCTAssertEqual("\($0)", #"missing key "nul""#) }
        XCTAssertThrowsError(try v.string("n")) { XCTAssertEqual("\($0)", "n should be a string") }
        XCTAssertNil(try v.optionalString("missing"))
        XCTAssertNil(try v.optionalString("nul"))
        XCTAssertThrowsError(try v.optionalString("n"))
        XCTAssertEqual(try v.strings("missing"), [])
        XCTAssertThrowsError(try v.strings("l")) { XCTAssertEqual("\($0)", "l should be a list of strings") }
        XCTAssertThrowsError(try v.strings("s")) { XCTAssertEqual("\($0)", "s should be a list of strings") }
        XCTAssertEqual(try v.stringLists("m"), ["k": ["v"], "z": []])
        XCTAssertThrowsError(try v.stringLists("s"))
        XCTAssertThrowsError(try v.optionalBool("b")) { XCTAssertEqual("\($0)", "b should be true or false") }
    }

    /// Every JSON file of Signatures/ and Samples/ gives the same tree as JSONSerialization.
    func testSameTreeAsFoundationOnTheRepositoryFiles() throws {
        var files: [URL] = []
        for dir in [MingchaPaths.signatures, MingchaPaths.sourceRoot.appendingPathComponent("Samples")] {
            let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
            while let u = walker?.nextObject() as? URL { if u.pathExtension == "json" { files.append(u) } }
        }
        XCTAssertGreaterThan(files.count, 20)
        var values = 0
        for f in files {
            let data = try Data(contentsOf: f)
            guard let theirs = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            let ours = try JSONDocument(Array(data)).root
            XCTAssertTrue(same(ours, theirs, &values), f.path)
        }
        XCTAssertGreaterThan(values, 15_000)
    }

    private func same(_ v: JSONValue, _ any: Any, _ values: inout Int) -> Bool {
        values += 1
        switch v.kind {
        case .object:
            guard let d = any as? [String: Any], let m = v.members, Set(m.map(\.key)).count == d.count else { return false }
            for (key, value) in m {
                guard let x = d[key], same(value, x, &values) else { return false }
            }
            return true
        case .array:
            guard let a = any as? [Any], let e = v.elements, a.count == e.count else { return false }
            for (x, y) in zip(e, a) where !same(x, y, &values) { return false }
            return true
        case .string: return v.string == any as? String
        case .number:
            guard let i = v.int else { return any is Double || any is NSNumber }
            return (any as? Int) == i || (any as? NSNumber)?.intValue == i
        case .true, .false: return v.bool == ((any as? Bool) ?? (any as? NSNumber)?.boolValue)
        case .null: return any is NSNull
        }
    }
}
