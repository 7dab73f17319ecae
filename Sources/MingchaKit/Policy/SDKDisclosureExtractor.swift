import Foundation

/// Third-party SDK disclosures from three shapes policies use: an SDK table (one row per SDK,
/// or a two-column label/value table per SDK), "SDK名称：… 使用目的：…" field blocks, and
/// sentences naming a known SDK or "…SDK".
enum SDKDisclosureExtractor {
    enum Field: String { case name, vendor, purpose, info }

    static let maxDisclosures = 200

    static func run(_ sentences: [PolicySentence], document: PolicyDocument, terms: PolicyTerms) -> [SDKDisclosure] {
        var out: [SDKDisclosure] = []
        let file = document.file
        let rowSentences = Dictionary(sentences.compactMap { s in s.tableRow.map { ("\($0.table):\($0.row)", s) } }, uniquingKeysWith: { a, _ in a })
        for (ti, table) in document.tables.enumerated() {
            out += fromTable(ti, table, rowSentences, file: file, terms: terms)
        }
        out += fromFields(sentences, file: file, terms: terms)
        out += fromSentences(sentences, file: file, terms: terms)
        return resolve(merge(out), terms: terms)
    }

    // MARK: tables

    static func classify(header cell: String, terms: PolicyTerms) -> Field? {
        let h = terms.tableHeaders
        if h.vendor.contains(where: { cell.contains($0) }) { return .vendor }
        if h.purpose.contains(where: { cell.contains($0) }) { return .purpose }
        if h.info.contains(where: { cell.contains($0) }) && !cell.contains("名称") { return .info }
        if h.name.contains(where: { cell.contains($0) }) { return .name }
        return nil
    }

    static func fromTable(_ ti: Int, _ table: PolicyTable, _ rows: [String: PolicySentence], file: String, terms: PolicyTerms) -> [SDKDisclosure] {
        guard let header = table.rows.first else { return [] }
        let fields = header.map { classify(header: $0, terms: terms) }
        var out: [SDKDisclosure] = []
        if let nameCol = fields.firstIndex(of: .name), fields.contains(where: { $0 == .vendor || $0 == .purpose || $0 == .info }) {
            for (r, cells) in table.rows.enumerated().dropFirst() {
                guard let s = rows["\(ti):\(r)"] else { continue }
                // Rows shortened by rowspan: align from the right for the trailing columns.
                let shift = header.count - cells.count
                func cell(_ f: Field) -> String? {
                    guard let i = fields.firstIndex(of: f) else { return nil }
                    let j = cells.count == header.count ? i : i - shift
                    guard cells.indices.contains(j) else { return nil }
                    let v = cells[j].trimmingCharacters(in: .whitespaces)
                    return v.isEmpty ? nil : v
                }
                guard let name = cells.count == header.count ? (cells.indices.contains(nameCol) ? cells[nameCol] : nil) : cell(.name),
                      !name.isEmpty, name.count <= 80 else { continue }
                out.append(SDKDisclosure(name: name, vendor: cell(.vendor), infoTypes: types(s), purpose: cell(.purpose),
                                         evidence: [s.evidence(file: file)]))
            }
            return out
        }
        // Label / value tables: one SDK per group of rows, started by a name row.
        guard header.count == 2 || table.rows.allSatisfy({ $0.count == 2 }) else { return [] }
        var current: SDKDisclosure?
        for (r, cells) in table.rows.enumerated() where cells.count >= 2 {
            guard let s = rows["\(ti):\(r)"], let f = label(cells[0], terms: terms) else { continue }
            let v = cells[1]
            if f == .name {
                if let c = current { out.append(c) }
                current = SDKDisclosure(name: v, evidence: [s.evidence(file: file)])
            } else if var c = current {
                apply(f, v, s, to: &c, file: file)
                current = c
            }
        }
        if let c = current { out.append(c) }
        return out
    }

    private static func types(_ s: PolicySentence) -> [InfoType] {
        Array(Set(s.info.filter { !MentionExtractor.isNegated(s, at: $0.start) }.map(\.type))).sorted()
    }

    static func label(_ text: String, terms: PolicyTerms) -> Field? {
        let t = text.trimmingCharacters(in: CharacterSet(charactersIn: " ：:"))
        for f in [Field.name, .vendor, .purpose, .info] {
            if (terms.fieldLabels[f.rawValue] ?? []).contains(where: { t == $0 || t.hasPrefix($0) && t.count <= $0.count + 4 }) { return f }
        }
        return nil
    }

    private static func apply(_ f: Field, _ v: String, _ s: PolicySentence, to d: inout SDKDisclosure, file: String) {
        switch f {
        case .name: break
        case .vendor: if d.vendor == nil { d.vendor = v }
        case .purpose: if d.purpose == nil { d.purpose = v }
        case .info: d.infoTypes = Array(Set(d.infoTypes + types(s))).sorted()
        }
        let ev = s.evidence(file: file)
        if !d.evidence.contains(ev), d.evidence.count < 6 { d.evidence.append(ev) }
    }

    // MARK: "SDK名称：…" field blocks

    /// "label：value" pairs in a sentence, a value running to the next label.
    static func fields(in s: PolicySentence, terms: PolicyTerms) -> [(Field, String)] {
        let colon: Set<UInt32> = [0xFF1A, 0x3A]
        guard s.keys.contains(where: { colon.contains($0) }) else { return [] }
        var found: [(start: Int, valueStart: Int, field: Field)] = []
        for m in terms.fieldTrie.longest(s.keys) {
            var k = m.end
            while k < s.keys.count, s.keys[k] == 0x20 { k += 1 }
            guard k < s.keys.count, colon.contains(s.keys[k]), PolicyTerms.fieldOrder.indices.contains(m.payload),
                  let f = Field(rawValue: PolicyTerms.fieldOrder[m.payload]) else { continue }
            found.append((m.start, k + 1, f))
        }
        var out: [(Field, String)] = []
        for (i, x) in found.enumerated() {
            let end = i + 1 < found.count ? found[i + 1].start : s.keys.count
            let v = s.slice(x.valueStart..<end).trimmingCharacters(in: CharacterSet(charactersIn: " ；;，,。、|"))
            out.append((x.field, v))
        }
        return out
    }

    static func fromFields(_ sentences: [PolicySentence], file: String, terms: PolicyTerms) -> [SDKDisclosure] {
        var out: [SDKDisclosure] = []
        var current: SDKDisclosure?
        var previous: PolicySentence?
        for s in sentences where s.tableRow == nil {
            let fs = fields(in: s, terms: terms)
            if fs.isEmpty {
                if s.isHeading, let c = current { out.append(c); current = nil }
                previous = s
                continue
            }
            for (f, v) in fs {
                if f == .name {
                    if let c = current { out.append(c) }
                    guard !v.isEmpty, v.count <= 60 else { current = nil; continue }
                    current = SDKDisclosure(name: v, evidence: [s.evidence(file: file)])
                } else if var c = current {
                    apply(f, v, s, to: &c, file: file)
                    current = c
                } else if let p = previous, p.text.count <= 40, f != .info || true {
                    // "1、友盟统计SDK" on its own line, then "使用目的：…".
                    let name = stripNumbering(p.text)
                    guard !name.isEmpty, !notAName(name), p.cues.has(.thirdPartyCues) || !p.text.contains("：") else { continue }
                    var c = SDKDisclosure(name: name, evidence: [p.evidence(file: file)])
                    apply(f, v, s, to: &c, file: file)
                    current = c
                }
            }
            previous = s
        }
        if let c = current { out.append(c) }
        return out
    }

    /// Headings and phrases that introduce a list rather than name an SDK.
    static func notAName(_ s: String) -> Bool {
        ["我们", "部分", "以下", "如下", "清单", "列表", "哪些", "情况", "说明", "如何", "以及"].contains { s.contains($0) }
    }

    static func stripNumbering(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.first, c.isNumber || "、.．)）(（ -—·•".contains(c) || "一二三四五六七八九十".contains(c) { t = t.dropFirst() }
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " ：:；;。"))
    }

    // MARK: sentences

    private static let sdkName = try? NSRegularExpression(pattern: "([A-Za-z0-9\\p{Han}+\\-]{2,20})\\s?SDK")
    static let fillers = ["我们使用了", "我们接入了", "我们集成了", "使用了", "接入了", "集成了", "嵌入了", "我们的", "通过", "使用", "接入",
                          "集成", "嵌入", "第三方", "合作方", "包括", "例如", "如", "的", "了", "该", "此", "其", "与", "和", "及", "或"]
    static let nonNames: Set<String> = ["第三方", "该", "此", "上述", "以下", "相关", "部分", "这些", "其他", "各类", "此类", "本", "所述",
                                        "合作方", "这类", "某些", "某", "一些", "有关", "前述", "对应", "各", "所有", "任何", "具体", "主要", "常见", "其它"]

    static func fromSentences(_ sentences: [PolicySentence], file: String, terms: PolicyTerms) -> [SDKDisclosure] {
        var out: [SDKDisclosure] = []
        for s in sentences where s.tableRow == nil && !s.isHeading {
            let known = terms.sdkTrie.longest(s.keys)
            let sdkWord = s.text.range(of: "SDK", options: .caseInsensitive) != nil
            guard !known.isEmpty || sdkWord else { continue }
            let context = s.cues.has(.thirdPartyCues) || sdkWord || s.headingCues.has(.thirdPartyCues)
            guard context else { continue }
            let ev = s.evidence(file: file)
            var covered: [Range<Int>] = []
            for m in known where terms.knownSDKs.indices.contains(m.payload) {
                let k = terms.knownSDKs[m.payload]
                covered.append(m.start..<m.end)
                out.append(SDKDisclosure(name: s.slice(m.start..<m.end), vendor: s.text.contains(k.vendor ?? "\u{0}") ? k.vendor : nil,
                                         sdkId: k.sdkId, infoTypes: types(s), evidence: [ev]))
            }
            guard sdkWord else { continue }
            for raw in ContactExtractor.matches(sdkName, s.text, group: 1) {
                var n = raw
                var changed = true
                while changed {
                    changed = false
                    for f in fillers where n.hasPrefix(f) && n.count > f.count { n.removeFirst(f.count); changed = true }
                }
                guard n.count >= 2, !nonNames.contains(n), !n.hasSuffix("的"), !n.hasSuffix("类") else { continue }
                let keys = TermTrie.keys(n)
                if !terms.sdkTrie.longest(keys).isEmpty { continue } // already named above
                // A name that is just an information type ("位置SDK") is not an SDK.
                if terms.infoMatches(keys).contains(where: { $0.end - $0.start == keys.count }) { continue }
                out.append(SDKDisclosure(name: n + "SDK", infoTypes: types(s), evidence: [ev]))
            }
            _ = covered
        }
        return out
    }

    // MARK: merge and resolve

    static func key(_ name: String) -> String {
        var t = name.lowercased()
        for junk in ["sdk", " ", "（", "）", "(", ")", "-", "_", "+", "《", "》", "“", "”"] { t = t.replacingOccurrences(of: junk, with: "") }
        return t
    }

    static func merge(_ list: [SDKDisclosure]) -> [SDKDisclosure] {
        var order: [String] = []
        var byKey: [String: SDKDisclosure] = [:]
        for d in list {
            let k = key(d.name)
            guard !k.isEmpty else { continue }
            if var e = byKey[k] {
                e.vendor = e.vendor ?? d.vendor
                e.purpose = e.purpose ?? d.purpose
                e.sdkId = e.sdkId ?? d.sdkId
                e.infoTypes = Array(Set(e.infoTypes + d.infoTypes)).sorted()
                for ev in d.evidence where !e.evidence.contains(ev) && e.evidence.count < 4 { e.evidence.append(ev) }
                byKey[k] = e
            } else {
                order.append(k); byKey[k] = d
            }
        }
        return order.prefix(maxDisclosures).compactMap { byKey[$0] }
    }

    /// Knowledge-base ids by name, alias or vendor.
    static func resolve(_ list: [SDKDisclosure], terms: PolicyTerms) -> [SDKDisclosure] {
        list.map { d in
            var d = d
            if d.sdkId == nil, let m = terms.sdkTrie.longest(TermTrie.keys(d.name)).first, terms.knownSDKs.indices.contains(m.payload) {
                d.sdkId = terms.knownSDKs[m.payload].sdkId
                if d.vendor == nil, let v = terms.knownSDKs[m.payload].vendor, d.evidence.contains(where: { $0.detail?.contains(v) ?? false }) { d.vendor = v }
            }
            if d.sdkId == nil, let v = d.vendor, let k = terms.knownSDKs.first(where: { $0.vendor == v && $0.sdkId != nil }) {
                d.sdkId = k.sdkId
            }
            return d
        }
    }
}
