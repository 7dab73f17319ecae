import Foundation

/// The regulator's list: CSV or TSV with a header row. Columns are found by name (English or
/// Chinese, any case); unknown columns are ignored. Relative paths are relative to the list file.
/// A policy column holding a URL is recorded as `policyURL`; scans fetch it only with `--fetch-policies`.
public enum BatchListFile {
    /// Header names accepted for each field (compared lower-cased, spaces/underscores/hyphens removed).
    static let aliases: [(field: String, names: [String])] = [
        ("path", ["path", "file", "filepath", "apk", "package", "packagefile", "路径", "文件", "文件路径", "安装包", "安装包路径"]),
        ("name", ["name", "appname", "app", "应用名称", "应用名", "名称", "app名称"]),
        ("developer", ["developer", "vendor", "company", "operator", "开发者", "开发者名称", "运营者", "企业", "公司"]),
        ("source", ["source", "store", "channel", "market", "来源", "应用商店", "商店", "渠道", "下载来源"]),
        ("category", ["category", "type", "类别", "分类", "应用类别", "应用类型"]),
        ("policy", ["policy", "privacypolicy", "policyfile", "policyurl", "隐私政策", "隐私政策文件", "隐私政策链接", "政策"]),
        ("appid", ["appid", "小程序appid", "小程序id"]),
    ]

    public static func load(path: String, firstIndex: Int = 0) throws -> [BatchItem] {
        let attrs = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attrs?[.size] as? NSNumber)?.intValue, size > 64 << 20 { throw BatchError.listTooLarge(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw BatchError.unreadableList(path) }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(decode(data), name: path, baseDirectory: base, firstIndex: firstIndex)
    }

    /// UTF-8 (with or without BOM), UTF-16, or GB18030 as Excel in China saves it: the policy
    /// reader's decoder, which knows all three.
    static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data)
        return (try? PolicyTextDecoder.decode(bytes, name: "list"))?.text ?? String(decoding: bytes, as: UTF8.self)
    }

    public static func parse(_ text: String, name: String, baseDirectory: URL, firstIndex: Int = 0) throws -> [BatchItem] {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let tabs = firstLine.filter { $0 == "\t" }.count
        let commas = firstLine.filter { $0 == "," }.count
        let rows = CSV.parse(text, separator: tabs > commas ? "\t" : ",")
        guard let header = rows.first else { return [] }
        let columns = map(header: header)
        guard columns["path"] != nil else { throw BatchError.listWithoutPathColumn(name, header) }
        var items: [BatchItem] = []
        for row in rows.dropFirst() {
            func cell(_ field: String) -> String? {
                guard let i = columns[field], i < row.count else { return nil }
                let v = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            // A row without a path still becomes an item (and so an error record): it is an app
            // the regulator listed, and the report must say it could not be scanned.
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let rawPath = cell("path")
            var item = BatchItem(index: firstIndex + items.count, path: rawPath.map { resolve($0, base: baseDirectory) } ?? "",
                                 name: cell("name"), developer: cell("developer"), source: cell("source"),
                                 category: cell("category"), appid: cell("appid"))
            if let p = cell("policy") {
                let lower = p.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") { item.policyURL = p }
                else { item.policy = resolve(p, base: baseDirectory) }
            }
            items.append(item)
        }
        return items
    }

    static func normalise(_ s: String) -> String {
        s.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "（" && $0 != "）" }
    }

    /// Field name -> column number, first matching column wins.
    static func map(header: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            let n = normalise(h)
            for (field, names) in aliases where out[field] == nil && names.contains(n) {
                out[field] = i
                break
            }
        }
        return out
    }

    static func resolve(_ p: String, base: URL) -> String {
        let expanded = (p as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return base.appendingPathComponent(expanded).standardizedFileURL.path
    }
}
