import Foundation

/// A batch's SARIF log written as its reports come: each result is encoded at once into a spool
/// file, and memory keeps only the packages, the rules that fired, and each result's
/// rule and length. `finish` writes the bytes `SARIFReport.render` gives for all the reports.
///
/// A result's `ruleIndex` points into the sorted list of the rules that fired in the whole batch,
/// so it is known only at the end: results are spooled without it and it is added as they are
/// copied into the log. Keys are sorted, so `ruleIndex` is a result's last member.
final class SARIFStream {
    private var parts = SARIFReport.Parts()
    private let lang: String
    private let target: URL
    private let spool: SpoolFile
    private let scratch: URL
    private let encoder = JSONOutput.encoder()
    /// Per spooled result: its rule (the first-seen number `parts` gives) and its length in the spool.
    private var ruleOf: [Int32] = []
    private var lengthOf: [Int32] = []

    /// Where a result object sits in the log: inside runs[0].results, eight spaces in.
    private static let indent = [UInt8](repeating: UInt8(ascii: " "), count: 8)
    private static let placeholder = "@@mingcha-sarif-results@@"

    init(target: URL, scratch: URL, lang: String) throws {
        self.target = target
        self.scratch = scratch
        self.lang = lang
        spool = try SpoolFile(target: target, scratch: scratch)
    }

    func add(_ report: ScanReport) throws {
        for (result, rule) in parts.add(report, lang: lang) {
            let encoded = try encoder.encode(result)
            // Indented as in the log; the closing "}" is left off and written with the rule index.
            var bytes: [UInt8] = Self.indent
            bytes.reserveCapacity(encoded.count + encoded.count / 8)
            var atLineStart = false
            for b in encoded {
                if atLineStart && b != UInt8(ascii: "\n") { bytes += Self.indent }
                bytes.append(b)
                atLineStart = b == UInt8(ascii: "\n")
            }
            let close = Array("\n        }".utf8)
            guard bytes.count >= close.count, Array(bytes.suffix(close.count)) == close else {
                throw AtomicFile.WriteError(path: target.path, reason: "a SARIF result did not encode as an object")
            }
            bytes.removeLast(close.count)
            ruleOf.append(rule)
            lengthOf.append(Int32(bytes.count))
            try spool.append(bytes: bytes)
        }
    }

    /// Writes the whole log (and a final newline) over the target.
    func finish() throws {
        defer { spool.discard() }
        let out = try SpoolFile(target: target, scratch: scratch)
        if lengthOf.isEmpty {
            try out.append(try JSONOutput.string(parts.log(results: [SARIFReport.Result]())) + "\n")
            try out.commit()
            return
        }
        let doc = try JSONOutput.string(parts.log(results: Self.placeholder))
        let marker = "\"results\" : \"\(Self.placeholder)\""
        guard let at = doc.range(of: marker) else {
            throw AtomicFile.WriteError(path: target.path, reason: "the SARIF log has no place for its results")
        }
        let position = parts.ruleIndexBySeen()
        try out.append(String(doc[..<at.lowerBound]) + "\"results\" : [\n")
        var reader = try spool.reader()
        for i in lengthOf.indices {
            guard let piece = try reader.next(upTo: Int(lengthOf[i])), piece.count == Int(lengthOf[i]) else {
                throw AtomicFile.WriteError(path: target.path, reason: "the spooled SARIF results were cut short")
            }
            if i > 0 { try out.append(",\n") }
            try out.append(bytes: piece)
            try out.append(",\n          \"ruleIndex\" : \(position[Int(ruleOf[i])])\n        }")
        }
        try out.append("\n      ]" + String(doc[at.upperBound...]) + "\n")
        try out.commit()
    }
}
