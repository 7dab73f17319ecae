import Foundation
import XCTest
@testable import MingchaKit

/// Helpers for the binary XML, resource, manifest, layout and cross-check tests: entry bytes via
/// ZipArchive, aapt runs, and a reader of `aapt dump xmltree` output.
enum AXMLSupport {
    static let fixtures = MingchaPaths.testFixtures.appendingPathComponent("android")

    static func run(_ tool: String, _ args: [String]) -> (status: Int32, out: Data) {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return (-1, Data()) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return (-1, Data()) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    /// The bytes of `entry` inside `apk` through the project's ZipArchive (the last archive is
    /// kept open), or nil when the archive or entry cannot be read.
    static func entry(_ apk: String, _ entry: String) -> [UInt8]? {
        if lastArchive?.path != apk {
            let limits = ScanLimits()
            lastArchive = (try? ZipArchive(path: apk, limits: limits, budget: InflateBudget(limits: limits))).map { (apk, $0) }
        }
        guard let zip = lastArchive?.zip else { return nil }
        return (try? zip.read(entry)) ?? nil
    }

    private static var lastArchive: (path: String, zip: ZipArchive)?

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static var aaptInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/aapt") }

    static func aapt(_ args: [String]) -> String? {
        let (status, data) = run("/usr/bin/aapt", args)
        guard status == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The corpus folder (`$MINGCHA_CORPUS` or ~/.cache/mingcha-corpus), nil when absent.
    static var corpusAPKs: [String]? {
        let env = ProcessInfo.processInfo.environment["MINGCHA_CORPUS"]
        let root = (env?.isEmpty == false ? env! : NSHomeDirectory() + "/.cache/mingcha-corpus") + "/apk"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return nil }
        return names.filter { $0.hasSuffix(".apk") }.sorted().map { root + "/" + $0 }
    }

    /// aapt's escaping of strings in xmltree output (ResTable::normalizeForOutput).
    static func normalize(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\"": out += "\\\""
            default: out.append(ch)
            }
        }
        return out
    }
}

/// One element of `aapt dump xmltree` output.
final class AaptElement {
    var name: String
    var line: Int
    /// (name as printed, resource ID if printed, value as printed after '=')
    var attributes: [(name: String, id: UInt32?, value: String)] = []
    var children: [AaptElement] = []
    init(name: String, line: Int) { self.name = name; self.line = line }

    func attr(id: UInt32) -> String? { attributes.first { $0.id == id }?.value }
    func attr(named n: String) -> String? { attributes.first { $0.id == nil && $0.name == n }?.value }

    /// The string inside `"..."` of a printed string value (with aapt's escaping kept).
    static func quoted(_ v: String) -> String? {
        guard v.hasPrefix("\"") else { return nil }
        guard let end = v.range(of: "\" (Raw: ", options: .backwards)?.lowerBound ?? (v.hasSuffix("\"") && v.count >= 2 ? v.index(before: v.endIndex) : nil) else { return nil }
        return String(v[v.index(after: v.startIndex)..<end])
    }
}

enum AaptXMLTree {
    /// Parses xmltree output into the root element. Indentation (2 spaces a level) gives nesting;
    /// an `N:` line (a namespace declared mid-file) adds a level without being an element.
    static func parse(_ text: String) -> AaptElement? {
        var stack: [(depth: Int, e: AaptElement?)] = []
        var root: AaptElement?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            guard body.hasPrefix("E: ") || body.hasPrefix("A: ") || body.hasPrefix("N: ") else { continue }
            while let top = stack.last, top.depth >= indent { stack.removeLast() }
            let parent = stack.last { $0.e != nil }?.e
            if body.hasPrefix("N: ") {
                stack.append((indent, nil))
            } else if body.hasPrefix("E: ") {
                let rest = body.dropFirst(3)
                let name = String(rest.prefix { $0 != " " })
                var lineNo = 0
                if let r = rest.range(of: "(line=") {
                    lineNo = Int(rest[r.upperBound...].prefix { $0.isNumber }) ?? 0
                }
                let e = AaptElement(name: name, line: lineNo)
                if let p = parent { p.children.append(e) } else if root == nil { root = e }
                stack.append((indent, e))
            } else {
                let rest = body.dropFirst(3)
                // name[(0xID)]=value ; the name can be empty or odd, the ID is 0x + 8 hex digits.
                guard let eq = rest.firstIndex(of: "=") else { continue }
                var namePart = String(rest[..<eq])
                var id: UInt32?
                if namePart.hasSuffix(")"), let open = namePart.range(of: "(0x", options: .backwards) {
                    id = UInt32(namePart[open.upperBound..<namePart.index(before: namePart.endIndex)], radix: 16)
                    namePart = String(namePart[..<open.lowerBound])
                }
                if let colon = namePart.lastIndex(of: ":") { namePart = String(namePart[namePart.index(after: colon)...]) }
                parent?.attributes.append((namePart, id, String(rest[rest.index(after: eq)...])))
            }
        }
        return root
    }

    /// How aapt prints one of our values, to compare with its text after '='.
    static func printed(_ v: ResValue) -> String {
        switch v {
        case let .string(s): return "\"" + AXMLSupport.normalize(s) + "\""
        case .null: return "(null)"
        default:
            guard let (t, d) = v.raw else { return "" }
            if t == ResValue.typeNull { return "(null)" }
            // aapt prints dynamic references like references, zero-padded.
            if t == ResValue.typeReference || t == ResValue.typeDynamicReference { return String(format: "@0x%08x", d) }
            if t == ResValue.typeAttribute { return String(format: "?0x%08x", d) }
            return String(format: "(type 0x%x)0x%x", t, d)
        }
    }

    /// Differences between our element tree and aapt's (empty when they agree), at most `max`.
    static func diff(_ ours: XMLElement, _ theirs: AaptElement, max: Int = 5) -> [String] {
        var out: [String] = []
        var work: [(XMLElement, AaptElement, String)] = [(ours, theirs, ours.name)]
        while let (a, b, path) = work.popLast(), out.count < max {
            if a.name != b.name { out.append("\(path): element \(a.name) vs \(b.name)"); continue }
            if a.line != b.line { out.append("\(path): line \(a.line) vs \(b.line)") }
            if a.attributes.count != b.attributes.count {
                out.append("\(path): \(a.attributes.count) attributes vs \(b.attributes.count)")
            }
            for (x, y) in zip(a.attributes, b.attributes) {
                // A shared library's own attributes (package 0x00) are printed by aapt with the
                // runtime package ID 0x02 it assigned.
                let sameID = x.resourceId == y.id || (x.resourceId.map { $0 >> 24 == 0 && $0 | 0x0200_0000 == y.id } ?? false)
                if !sameID { out.append("\(path)@\(x.name): id \(String(describing: x.resourceId)) vs \(String(describing: y.id))") }
                if y.id == nil && x.name != y.name { out.append("\(path): attribute name \(x.name) vs \(y.name)") }
                let mine = printed(x.value)
                let theirs = y.value.hasPrefix("\"") ? "\"" + (AaptElement.quoted(y.value) ?? y.value) + "\""
                    : (y.value.range(of: " (Raw: ").map { String(y.value[..<$0.lowerBound]) } ?? y.value)
                // aapt rewrites dynamic references of a shared library (package 0x00) to the
                // package ID it assigned at load time (0x02): only the low 24 bits can agree.
                if case let .dynamicReference(d) = x.value, d >> 24 == 0, theirs.hasPrefix("@0x"),
                   let t = UInt32(theirs.dropFirst(3), radix: 16), t & 0xFF_FFFF == d { continue }
                if mine != theirs && !(theirs.hasPrefix("(type 0x12)0x") && theirs != "(type 0x12)0x0" && x.value == .bool(true)) { out.append("\(path)@\(x.name): \(mine) vs \(theirs)") }
            }
            if a.children.count != b.children.count {
                out.append("\(path): \(a.children.count) children vs \(b.children.count)")
            }
            for (i, (x, y)) in zip(a.children, b.children).enumerated() { work.append((x, y, "\(path)/\(x.name)[\(i)]")) }
        }
        return out
    }
}
