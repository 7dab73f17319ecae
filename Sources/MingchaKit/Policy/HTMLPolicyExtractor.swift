import CLibxml2
import Foundation

/// HTML to blocks through libxml2's forgiving HTML parser: scripts, styles and other non-text
/// elements dropped; block elements and `<br>` end lines; `h1`-`h6` and numbered short lines are
/// headings; every table becomes rows of cells (a nested table's text stays inside its cell).
/// The walk is iterative and bounded, so hostile nesting cannot exhaust the stack.
enum HTMLPolicyExtractor {
    /// Elements nested deeper than this are read as text of their ancestor.
    static let maxDepth = 512
    /// Nodes visited per document (a bound on work for hostile input).
    static let maxNodes = 2_000_000

    struct Result { var title: String?; var blocks: [PolicyBlock] }

    static func extract(_ text: String) -> Result {
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return Result(title: nil, blocks: []) }
        // The text is already UTF-8: drop declared charsets so libxml2 does not re-decode it.
        utf8 = stripCharsetDeclarations(utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(clamping: buf.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc else { return Result(title: nil, blocks: []) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return Result(title: nil, blocks: []) }
        var walker = Walker()
        walker.title = findTitle(root)
        walker.walk(root)
        // libxml2 gives up on pathological nesting (over 256 levels) and drops the rest; then
        // read the text with tags stripped, so the tester still gets what is there.
        let parsed = walker.blocks.reduce(0) { $0 + $1.text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) } }
        let stripped = stripTags(utf8)
        if parsed * 2 < stripped.utf8.reduce(0, { $0 + ($1 > 0x20 ? 1 : 0) }) {
            return Result(title: walker.title, blocks: PlainPolicyExtractor.blocks(stripped, markdown: false))
        }
        return Result(title: walker.title, blocks: walker.blocks)
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object",
                                       "button", "select", "option", "textarea", "canvas", "meta", "link"]
    static let blockElements: Set<String> = ["p", "div", "section", "article", "header", "footer", "main", "aside",
                                             "blockquote", "pre", "dl", "dt", "dd", "ul", "ol", "nav", "form",
                                             "fieldset", "address", "figure", "figcaption", "hr", "center", "body",
                                             "html", "caption", "tbody", "thead", "tfoot", "details", "summary"]

    struct Walker {
        var blocks: [PolicyBlock] = []
        var title: String?
        var line = ""
        var tableCount = 0
        var visited = 0

        enum Step { case enter(xmlNodePtr, Int), exit(String, Int) }

        mutating func walk(_ root: xmlNodePtr) {
            var stack: [Step] = [.enter(root, 0)]
            var headingLevel: Int? = nil
            var listDepth = 0
            while let step = stack.popLast() {
                visited += 1
                if visited > HTMLPolicyExtractor.maxNodes { break }
                switch step {
                case let .exit(name, _):
                    if name.count == 2, name.hasPrefix("h"), let l = Int(name.dropFirst()), (1...6).contains(l) {
                        flush(heading: l); headingLevel = nil
                    } else if name == "li" {
                        flush(listItem: true); listDepth -= 1
                    } else if HTMLPolicyExtractor.blockElements.contains(name) {
                        flush()
                    }
                case let .enter(node, depth):
                    if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                        if let c = node.pointee.content { append(String(cString: UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self))) }
                        continue
                    }
                    guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                    let name = elementName(node)
                    if name == "title" {
                        if title == nil { title = collapse(HTMLPolicyExtractor.textContent(node)) }
                        continue
                    }
                    if HTMLPolicyExtractor.skipped.contains(name) { continue }
                    if name == "br" { line.append("\n"); continue }
                    if name == "table" && depth < HTMLPolicyExtractor.maxDepth {
                        flush()
                        emitTable(node)
                        continue
                    }
                    if name.count == 2, name.hasPrefix("h"), let l = Int(name.dropFirst()), (1...6).contains(l) {
                        flush(); headingLevel = l
                    } else if name == "li" {
                        flush(); listDepth += 1
                    } else if name == "tr" || name == "td" || name == "th" {
                        line.append(" ") // stray cells outside a table
                    } else if HTMLPolicyExtractor.blockElements.contains(name) {
                        flush()
                    }
                    _ = headingLevel
                    stack.append(.exit(name, depth))
                    // Children pushed in reverse so they pop in document order; past the depth
                    // bound, a subtree's text is read flat.
                    if depth >= HTMLPolicyExtractor.maxDepth {
                        append(HTMLPolicyExtractor.textContent(node))
                        continue
                    }
                    var kids: [xmlNodePtr] = []
                    var c = node.pointee.children
                    while let k = c { kids.append(k); c = k.pointee.next }
                    for k in kids.reversed() { stack.append(.enter(k, depth + 1)) }
                }
            }
            flush()
        }

        mutating func append(_ s: String) {
            guard line.utf8.count < 4 << 20 else { return }
            line.append(s)
        }

        mutating func flush(heading: Int? = nil, listItem: Bool = false) {
            let pieces = line.split(separator: "\n").map { collapse(String($0)) }.filter { !$0.isEmpty }
            line = ""
            for p in pieces {
                if let h = heading, p.count <= 120 {
                    blocks.append(PolicyBlock(kind: .heading, text: p, level: h))
                } else if let l = HeadingDetector.level(of: p) {
                    blocks.append(PolicyBlock(kind: .heading, text: p, level: l + (heading == nil ? 1 : 0)))
                } else {
                    blocks.append(PolicyBlock(kind: listItem ? .listItem : .paragraph, text: p))
                }
            }
        }

        mutating func emitTable(_ table: xmlNodePtr) {
            let rows = HTMLPolicyExtractor.tableRows(table)
            guard !rows.isEmpty else { return }
            let index = tableCount
            tableCount += 1
            for (r, cells) in rows.enumerated() {
                blocks.append(PolicyBlock(kind: .tableRow, text: cells.joined(separator: " | "), table: index, row: r, cells: cells))
            }
        }
    }

    /// The first `<title>` in `<head>` (two levels down at most).
    static func findTitle(_ root: xmlNodePtr) -> String? {
        var level: [xmlNodePtr] = [root]
        for _ in 0..<3 {
            var next: [xmlNodePtr] = []
            for n in level {
                var c = n.pointee.children
                while let k = c {
                    if k.pointee.type == XML_ELEMENT_NODE {
                        if elementName(k) == "title" {
                            let t = collapse(textContent(k))
                            return t.isEmpty ? nil : t
                        }
                        next.append(k)
                    }
                    c = k.pointee.next
                }
            }
            level = next
        }
        return nil
    }

    private static let blockTags: [[UInt8]] = ["<p", "<div", "<br", "<li", "<tr", "<h1", "<h2", "<h3", "<h4", "<table",
                                               "</p", "</div", "</li", "</tr"].map { Array($0.utf8) }
    private static let rawTags: [([UInt8], [UInt8])] = [("<script", "</script"), ("<style", "</style")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Text with tags removed (script and style bodies skipped), block tags as line breaks.
    static func stripTags(_ b: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(b.count / 2)
        func startsWith(_ u: [UInt8], at j: Int) -> Bool {
            guard j + u.count <= b.count else { return false }
            for k in 0..<u.count {
                let x = b[j + k]
                if (x >= 0x41 && x <= 0x5A ? x + 0x20 : x) != u[k] { return false }
            }
            return true
        }
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else { out.append(b[i]); i += 1; continue }
            if let (_, end) = rawTags.first(where: { startsWith($0.0, at: i) }) {
                var j = i + 1
                while j < b.count, !(b[j] == UInt8(ascii: "<") && startsWith(end, at: j)) { j += 1 }
                i = j
            }
            let block = blockTags.contains { startsWith($0, at: i) }
            while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
            i += 1
            out.append(block ? 0x0A : 0x20)
        }
        let text = String(decoding: out, as: UTF8.self)
        return text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Rows of `table` (its own `tr`s, not those of nested tables), each as cell texts.
    static func tableRows(_ table: xmlNodePtr) -> [[String]] {
        var rows: [[String]] = []
        var stack: [(xmlNodePtr, Int)] = []
        var c = table.pointee.children
        var kids: [xmlNodePtr] = []
        while let k = c { kids.append(k); c = k.pointee.next }
        for k in kids.reversed() { stack.append((k, 0)) }
        var visited = 0
        while let (node, depth) = stack.popLast() {
            visited += 1
            if visited > maxNodes { break }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = elementName(node)
            if name == "tr" {
                var cells: [String] = []
                var k = node.pointee.children
                while let cell = k {
                    if cell.pointee.type == XML_ELEMENT_NODE {
                        let n = elementName(cell)
                        if n == "td" || n == "th" { cells.append(collapse(textContent(cell, lineBreaks: true))) }
                    }
                    k = cell.pointee.next
                }
                if cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
                continue
            }
            if name == "table" || depth > 16 { continue }
            var kids: [xmlNodePtr] = []
            var ch = node.pointee.children
            while let k = ch { kids.append(k); ch = k.pointee.next }
            for k in kids.reversed() { stack.append((k, depth + 1)) }
        }
        return rows
    }

    /// All text under `node` (scripts and styles skipped), iteratively.
    static func textContent(_ node: xmlNodePtr, lineBreaks: Bool = false) -> String {
        var out = ""
        var stack: [xmlNodePtr] = []
        var c = node.pointee.children
        var kids: [xmlNodePtr] = []
        while let k = c { kids.append(k); c = k.pointee.next }
        stack.append(contentsOf: kids.reversed())
        var visited = 0
        while let n = stack.popLast() {
            visited += 1
            if visited > maxNodes || out.utf8.count > 1 << 20 { break }
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                if let t = n.pointee.content { out += String(cString: UnsafeRawPointer(t).assumingMemoryBound(to: CChar.self)) }
                continue
            }
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = elementName(n)
            if skipped.contains(name) { continue }
            if name == "br" || blockElements.contains(name) || name == "li" || name == "tr" { out += lineBreaks ? "；" : " " }
            if name == "td" || name == "th" { out += " " }
            var ch = n.pointee.children
            var kids: [xmlNodePtr] = []
            while let k = ch { kids.append(k); ch = k.pointee.next }
            stack.append(contentsOf: kids.reversed())
        }
        if lineBreaks {
            // Cell line breaks became "；": drop leading/trailing/double separators.
            var t = collapse(out)
            while t.contains("；；") { t = t.replacingOccurrences(of: "；；", with: "；") }
            t = t.replacingOccurrences(of: " ；", with: "；").replacingOccurrences(of: "； ", with: "；")
            while t.hasPrefix("；") { t.removeFirst() }
            while t.hasSuffix("；") { t.removeLast() }
            return t
        }
        return out
    }

    static func elementName(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self)).lowercased()
    }

    /// `<meta charset=...>` / `content="...; charset=..."` renamed so libxml2 keeps UTF-8.
    static func stripCharsetDeclarations(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        let key = Array("charset".utf8)
        let limit = min(b.count, 8192)
        guard limit >= key.count else { return b }
        var i = 0
        while i + key.count <= limit {
            var match = true
            for j in 0..<key.count where (b[i + j] | 0x20) != key[j] { match = false; break }
            if match { b[i] = UInt8(ascii: "x") } // "xharset" is ignored by the parser
            i += 1
        }
        return b
    }
}

/// Whitespace runs to one space, trimmed.
func collapse(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var space = false
    for ch in s.unicodeScalars {
        if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\u{0C}" || ch == "\u{3000}" || ch == "\u{A0}" {
            space = true
        } else {
            if space && !out.isEmpty { out.unicodeScalars.append(" ") }
            space = false
            out.unicodeScalars.append(ch)
        }
    }
    return out
}
