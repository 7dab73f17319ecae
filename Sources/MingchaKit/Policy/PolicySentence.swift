/// One unit facts are read from: a sentence of a paragraph / list item / heading, or a whole
/// table row (with the table's header row for context). Keeps its match keys and cue hits so
/// every extractor shares one pass over the text.
struct PolicySentence {
    var text: String
    var keys: [UInt32]
    var block: Int
    var heading: String?
    var tableRow: (table: Int, row: Int, cells: [String], header: [String])?
    var cues: CueHits
    /// Cues of the heading of its section (a list under "我们收集的信息" needs no verb).
    var headingCues: CueHits
    var info: [(type: InfoType, start: Int, end: Int)]

    var isHeading = false

    func evidence(file: String) -> Evidence {
        if let t = tableRow {
            let loc = "table \(t.table + 1) row \(t.row + 1)" + (heading.map { " (§ \($0))" } ?? "")
            return Evidence(.policyTableRow, file: file, location: loc, detail: text)
        }
        return Evidence(.policySentence, file: file, location: heading.map { "§ \($0)" }, detail: text)
    }

    /// Substring test on the match keys (fast: Swift's String.contains compares by grapheme).
    func has(_ needle: String) -> Bool {
        let n = TermTrie.keys(needle)
        guard let first = n.first, n.count <= keys.count else { return false }
        var i = 0
        let last = keys.count - n.count
        while i <= last {
            if keys[i] == first {
                var j = 1
                while j < n.count, keys[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The text between two key offsets.
    func slice(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, keys.count)), hi = max(lo, min(r.upperBound, keys.count))
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == keys.count else { return "" }
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}

extension PolicyDocument {
    /// The document as sentences and table rows, cues matched once.
    func sentences(terms: PolicyTerms) -> [PolicySentence] {
        var out: [PolicySentence] = []
        var headingCueCache: [Int: CueHits] = [:]
        for (i, b) in blocks.enumerated() {
            let heading = heading(ofBlock: i)
            let hc: CueHits
            if let s = b.section {
                if let c = headingCueCache[s] { hc = c } else {
                    let c = terms.cues(TermTrie.keys(sections[s].heading)); headingCueCache[s] = c; hc = c
                }
            } else { hc = CueHits() }
            switch b.kind {
            case .tableRow:
                let header = (b.table.flatMap { tables.indices.contains($0) ? tables[$0].rows.first : nil }) ?? []
                let keys = TermTrie.keys(b.text)
                var s = PolicySentence(text: b.text, keys: keys, block: i, heading: heading,
                                       tableRow: (b.table ?? 0, b.row ?? 0, b.cells ?? [], b.row == 0 ? [] : header),
                                       cues: terms.cues(keys), headingCues: hc, info: terms.infoMatches(keys))
                // The header row names purpose / information columns for every row below it.
                if b.row != 0 { s.headingCues = merge(hc, terms.cues(TermTrie.keys(header.joined(separator: " ")))) }
                out.append(s)
            case .heading, .paragraph, .listItem:
                for t in SentenceSplitter.split(b.text) {
                    let keys = TermTrie.keys(t)
                    var s = PolicySentence(text: t, keys: keys, block: i, heading: b.kind == .heading ? t : heading, tableRow: nil,
                                           cues: terms.cues(keys), headingCues: hc, info: terms.infoMatches(keys))
                    s.isHeading = b.kind == .heading
                    out.append(s)
                }
            }
        }
        return out
    }

    private func merge(_ a: CueHits, _ b: CueHits) -> CueHits {
        var m = a
        // Present, not positioned: the positions are in the header, not in this row.
        for (k, v) in b.byCue { m.byCue[k, default: []].append(contentsOf: v.map { _ in 0..<0 }) }
        return m
    }
}
