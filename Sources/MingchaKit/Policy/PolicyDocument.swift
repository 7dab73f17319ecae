/// A privacy policy as read: its blocks in reading order (headings, paragraphs, list items,
/// table rows), the sections the headings open and the tables. Facts are taken from this.
public struct PolicyDocument: Codable, Hashable, Sendable {
    public enum Format: String, Codable, Hashable, Sendable { case html, markdown, text }

    /// The policy file as named to the reader (package path or supplied path).
    public var file: String
    public var format: Format
    public var encoding: String
    /// `<title>`, else the first heading.
    public var title: String?
    public var blocks: [PolicyBlock]
    public var sections: [PolicySection]
    public var tables: [PolicyTable]
    /// The file was larger than `ScanLimits.maxPolicyBytes`; only its start was read.
    public var truncated: Bool
    /// Bytes that could not be decoded (replaced by U+FFFD).
    public var replacedCharacters: Int

    public init(file: String, format: Format, encoding: String, title: String?, blocks: [PolicyBlock],
                truncated: Bool = false, replacedCharacters: Int = 0) {
        self.file = file; self.format = format; self.encoding = encoding; self.truncated = truncated
        self.replacedCharacters = replacedCharacters
        var blocks = blocks
        var sections: [PolicySection] = []
        var tables: [PolicyTable] = []
        var current: Int?
        for i in blocks.indices {
            if blocks[i].kind == .heading {
                sections.append(PolicySection(heading: blocks[i].text, level: blocks[i].level ?? 1, firstBlock: i))
                current = sections.count - 1
            }
            blocks[i].section = current
            if blocks[i].kind == .tableRow, let t = blocks[i].table {
                while tables.count <= t { tables.append(PolicyTable(section: current, rows: [])) }
                tables[t].rows.append(blocks[i].cells ?? [])
            }
        }
        self.blocks = blocks; self.sections = sections; self.tables = tables
        self.title = title.flatMap { $0.isEmpty ? nil : $0 } ?? sections.first?.heading
    }

    /// All text, blocks separated by newlines (for classification and search).
    public var plainText: String { blocks.map(\.text).joined(separator: "\n") }

    /// The heading of the section holding block `i`.
    public func heading(ofBlock i: Int) -> String? {
        guard blocks.indices.contains(i), let s = blocks[i].section, sections.indices.contains(s) else { return nil }
        return sections[s].heading
    }
}

public struct PolicyBlock: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case heading, paragraph, listItem, tableRow }
    public var kind: Kind
    public var text: String
    /// Heading level (1 = top).
    public var level: Int?
    /// Index into `PolicyDocument.sections` of the section this block is in.
    public var section: Int?
    /// For table rows: the table index, the row index and the cells.
    public var table: Int?
    public var row: Int?
    public var cells: [String]?

    public init(kind: Kind, text: String, level: Int? = nil, table: Int? = nil, row: Int? = nil, cells: [String]? = nil) {
        self.kind = kind; self.text = text; self.level = level; self.table = table; self.row = row; self.cells = cells
    }
}

public struct PolicySection: Codable, Hashable, Sendable {
    public var heading: String
    public var level: Int
    public var firstBlock: Int
}

public struct PolicyTable: Codable, Hashable, Sendable {
    public var section: Int?
    public var rows: [[String]]
}
