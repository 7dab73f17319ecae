import Foundation

/// Plain text and Markdown to blocks. Markdown: `#` headings, `|` tables, list markers, and
/// emphasis / link markup stripped. Plain text: one block per line, numbered short lines as
/// headings.
enum PlainPolicyExtractor {
    static func blocks(_ text: String, markdown: Bool) -> [PolicyBlock] {
        var out: [PolicyBlock] = []
        var table = -1, row = 0, inTable = false
        for raw in LineText.lines(text) {
            var line = LineText.trimmed(raw)
            if line.isEmpty { inTable = false; continue }
            if markdown {
                if line.hasPrefix("|") {
                    let cells = tableCells(line)
                    if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue } // |---|---|
                    if !inTable { table += 1; row = 0; inTable = true }
                    out.append(PolicyBlock(kind: .tableRow, text: cells.joined(separator: " | "), table: table, row: row, cells: cells))
                    row += 1
                    continue
                }
                inTable = false
                if line.hasPrefix("#") {
                    let level = line.prefix { $0 == "#" }.count
                    line = stripMarkup(String(line.dropFirst(level)).trimmingCharacters(in: .whitespaces))
                    if !line.isEmpty { out.append(PolicyBlock(kind: .heading, text: line, level: min(level, 6))) }
                    continue
                }
                if let item = listItem(line) {
                    out.append(PolicyBlock(kind: .listItem, text: stripMarkup(item)))
                    continue
                }
                line = stripMarkup(line)
            }
            if line.allSatisfy({ "=-*_~".contains($0) }) { continue } // separators
            // The first short line without a full stop is the title.
            if out.isEmpty, line.count <= HeadingDetector.maxLength, !line.contains("。"), !line.contains("：") {
                out.append(PolicyBlock(kind: .heading, text: line, level: 1))
            } else if let level = HeadingDetector.level(of: line) {
                out.append(PolicyBlock(kind: .heading, text: line, level: level))
            } else {
                out.append(PolicyBlock(kind: .paragraph, text: line))
            }
        }
        return out
    }

    static func tableCells(_ line: String) -> [String] {
        var parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
            stripMarkup($0.trimmingCharacters(in: .whitespaces))
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    static func listItem(_ line: String) -> String? {
        for m in ["- ", "* ", "+ "] where line.hasPrefix(m) { return String(line.dropFirst(2)) }
        return nil
    }

    /// `**bold**`, `__x__`, `` `code` ``, `[text](url)` → text.
    static func stripMarkup(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "`", with: "")
        // Links: keep the text and the URL (URLs are facts too).
        while let open = t.range(of: "]("), let close = t[open.upperBound...].firstIndex(of: ")"),
              let lb = t[..<open.lowerBound].lastIndex(of: "[") {
            let label = t[t.index(after: lb)..<open.lowerBound]
            let url = t[open.upperBound..<close]
            t.replaceSubrange(lb...close, with: label + " " + url)
        }
        return t
    }
}
