import Foundation

/// Reads compiled WXML (`page-frame.html`, `page-frame.js`, `app-wxss.js`, `pageframe.js`,
/// `webview.app.js`) and source `.wxml` as text: open-type buttons, privacy components, agreement
/// check boxes and the UI wording rules look for. Compiled files are split into per-page blocks at
/// each `'./pages/x.wxml'` literal; text before the first one belongs to no page.
public struct WXMLUse: Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case openType, component }
    public var kind: Kind
    public var name: String
    public var page: String?
    public var package: String
    public var file: String
    public var excerpt: String
}

public struct WXMLCheckbox: Hashable, Sendable {
    public var page: String?
    public var package: String
    public var file: String
    public var checkedByDefault: Bool
    /// Agreement / policy wording follows the box.
    public var agreement: Bool
    public var excerpt: String
}

struct WXMLBlock {
    var page: String?
    var file: String
    var range: Range<Int>
}

enum WXMLScanner {
    static let compiledNames: Set<String> = ["page-frame.html", "page-frame.js", "app-wxss.js", "pageframe.js", "webview.app.js", "index.webview.js"]

    static func isWXMLFile(_ name: String) -> Bool {
        name.hasSuffix(".wxml") || compiledNames.contains((name as NSString).lastPathComponent)
    }

    static func blocks(_ t: [UInt8], file: String) -> [WXMLBlock] {
        if file.hasSuffix(".wxml") { return [WXMLBlock(page: AppConfig.pagePath(file), file: file, range: 0..<t.count)] }
        var markers: [(Int, String)] = []
        var i = 0
        while i < t.count {
            let b = t[i]
            if b == 34 || b == 39 {
                let close = JSText.skipString(t, i, min(t.count, i + 512))
                if close - 1 > i + 1 {
                    let s = String(decoding: t[(i + 1)..<(close - 1)], as: UTF8.self)
                    if s.hasSuffix(".wxml") {
                        var p = s
                        if p.hasPrefix("./") { p.removeFirst(2) }
                        markers.append((i, AppConfig.pagePath(p)))
                    }
                }
                i = close
                continue
            }
            i += 1
        }
        guard !markers.isEmpty else { return [WXMLBlock(page: nil, file: file, range: 0..<t.count)] }
        var out: [WXMLBlock] = []
        if markers[0].0 > 0 { out.append(WXMLBlock(page: nil, file: file, range: 0..<markers[0].0)) }
        for (n, m) in markers.enumerated() {
            out.append(WXMLBlock(page: m.1, file: file, range: m.0..<(n + 1 < markers.count ? markers[n + 1].0 : t.count)))
        }
        return out
    }

    /// Open-types and components in a block: a quoted literal naming one (`open-type="getPhoneNumber"`,
    /// `Z([3,'getPhoneNumber'])`), a source tag `<camera`, or a compiled element op `_n('camera')`.
    static func uses(_ t: [UInt8], _ block: WXMLBlock, package: String, openTypes: Set<String>, components: Set<String>) -> [WXMLUse] {
        var out: [WXMLUse] = []
        var i = block.range.lowerBound
        let end = block.range.upperBound
        while i < end {
            let b = t[i]
            if b == 34 || b == 39 {
                let close = JSText.skipString(t, i, min(end, i + 256))
                if close - 1 > i + 1 {
                    let s = String(decoding: t[(i + 1)..<(close - 1)], as: UTF8.self)
                    if openTypes.contains(s) {
                        out.append(WXMLUse(kind: .openType, name: s, page: block.page, package: package, file: block.file, excerpt: JSText.excerpt(t, i..<close)))
                    } else if components.contains(s), isElementOp(t, i, lowerBound: block.range.lowerBound) {
                        out.append(WXMLUse(kind: .component, name: s, page: block.page, package: package, file: block.file, excerpt: JSText.excerpt(t, i..<close)))
                    }
                }
                i = close
                continue
            }
            if b == 60, let (tag, after) = tagName(t, i + 1, end), components.contains(tag) {
                out.append(WXMLUse(kind: .component, name: tag, page: block.page, package: package, file: block.file, excerpt: JSText.excerpt(t, i..<after)))
                i = after
                continue
            }
            i += 1
        }
        return out
    }

    /// `_n('x')`, `_m('x'`, `_mz(z,'x'`, `_v('x'`: the compiler's element constructors.
    static func isElementOp(_ t: [UInt8], _ quote: Int, lowerBound: Int) -> Bool {
        let s = max(lowerBound, quote - 8)
        let before = String(decoding: t[s..<quote], as: UTF8.self).replacingOccurrences(of: " ", with: "")
        return before.hasSuffix("_n(") || before.hasSuffix("_m(") || before.hasSuffix("_mz(z,") || before.hasSuffix("_v(")
    }

    static func tagName(_ t: [UInt8], _ i: Int, _ end: Int) -> (String, Int)? {
        var j = i
        while j < end, JSText.isIdent(t[j]) || t[j] == 45 { j += 1 }
        guard j > i else { return nil }
        return (String(decoding: t[i..<j], as: UTF8.self), j)
    }

    /// Check boxes in a block, source `<checkbox ... checked ...>` or compiled
    /// `_mz(z,'checkbox',['checked',[1,true] ...])`. `pageDataTrue(page, name)` says whether a bound
    /// variable starts true in the page's `data`.
    static func checkboxes(_ t: [UInt8], _ block: WXMLBlock, package: String, agreementWords: [String],
                           pageDataTrue: (String?, String) -> Bool) -> [WXMLCheckbox] {
        var out: [WXMLCheckbox] = []
        let end = block.range.upperBound
        for pat in ["<checkbox", "'checkbox'", "\"checkbox\""] {
            let p = Array(pat.utf8)
            var i = block.range.lowerBound
            while i < end, let k = JSText.find(t, p, from: i), k < end {
                i = k + p.count
                if pat.hasPrefix("<"), i < end, t[i] != 32, t[i] != 62, t[i] != 47, t[i] != 10 { continue } // <checkbox-group
                if !pat.hasPrefix("<"), !isElementOp(t, k, lowerBound: block.range.lowerBound) { continue }
                let closer: UInt8 = pat.hasPrefix("<") ? 62 : 41
                var tagEnd = i
                while tagEnd < min(end, i + 2000), t[tagEnd] != closer { tagEnd += 1 }
                tagEnd = min(end, tagEnd + 1)
                let attrs = String(decoding: t[k..<min(tagEnd, end)], as: UTF8.self)
                let after = String(decoding: t[k..<min(end, k + 600)], as: UTF8.self)
                let checked = checkedValue(attrs).map { v -> Bool in
                    switch v {
                    case .constant(let on): return on
                    case .variable(let name): return pageDataTrue(block.page, name)
                    }
                } ?? false
                out.append(WXMLCheckbox(page: block.page, package: package, file: block.file, checkedByDefault: checked,
                                        agreement: agreementWords.contains { after.contains($0) }, excerpt: JSText.excerpt(t, k..<min(tagEnd, end), pad: 0)))
            }
        }
        return out
    }

    enum Checked { case constant(Bool), variable(String) }

    /// The `checked` attribute of one element's text: bare / "true" / "{{true}}" / "{{x}}", or the
    /// compiled forms `'checked',[1,true]` and `'checked',[[7],[3,'x']]`.
    static func checkedValue(_ s: String) -> Checked? {
        let compact = s.replacingOccurrences(of: " ", with: "")
        if let r = compact.range(of: "'checked',") ?? compact.range(of: "\"checked\",") {
            let v = compact[r.upperBound...]
            if v.hasPrefix("[1,true]") || v.hasPrefix("[1,!0]") || v.hasPrefix("[3,'true']") || v.hasPrefix("[3,'checked']") { return .constant(true) }
            if v.hasPrefix("[[7],[3,'") {
                let name = v.dropFirst("[[7],[3,'".count).prefix { $0 != "'" }
                return .variable(String(name))
            }
            return .constant(false)
        }
        // Source form: a `checked` attribute after white space (not `unchecked-color`, not a value).
        let chars = Array(s)
        var found: Int?
        var i = 1
        let word = Array("checked")
        while i + word.count <= chars.count {
            if chars[i - 1].isWhitespace, Array(chars[i..<(i + word.count)]) == word,
               i + word.count == chars.count || !(chars[i + word.count].isLetter || chars[i + word.count] == "-") {
                found = i + word.count
                break
            }
            i += 1
        }
        guard var j = found else { return nil }
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, chars[j] == "=" else { return .constant(true) } // bare attribute
        j += 1
        while j < chars.count, chars[j] == " " { j += 1 }
        if j < chars.count, chars[j] == "\"" || chars[j] == "'" { j += 1 }
        var v = ""
        while j < chars.count, chars[j] != "\"", chars[j] != "'", chars[j] != ">" { v.append(chars[j]); j += 1 }
        v = v.trimmingCharacters(in: .whitespaces)
        if v == "true" || v == "{{true}}" || v == "checked" { return .constant(true) }
        if v.hasPrefix("{{"), v.hasSuffix("}}") {
            let name = v.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
            if name == "false" { return .constant(false) }
            return .variable(String(name))
        }
        return .constant(false)
    }
}

extension WXMLScanner {
    /// Open-types, components and check boxes of parsed pages (source or compiled layout).
    static func uses(_ page: WXMLDocument.Page, package: String, openTypes: Set<String>, components: Set<String>) -> [WXMLUse] {
        var out: [WXMLUse] = []
        for e in page.elements {
            for key in ["open-type", "openType"] {
                if case .string(let v)? = e.attrs[key], openTypes.contains(v) {
                    out.append(WXMLUse(kind: .openType, name: v, page: page.page, package: package, file: page.file, excerpt: e.excerpt))
                }
            }
            if components.contains(e.tag) {
                out.append(WXMLUse(kind: .component, name: e.tag, page: page.page, package: package, file: page.file, excerpt: e.excerpt))
            }
        }
        return out
    }

    static func checkboxes(_ page: WXMLDocument.Page, package: String, agreementWords: [String],
                           pageDataTrue: (String?, String) -> Bool) -> [WXMLCheckbox] {
        let agreement = agreementWords.contains { page.text.contains($0) }
        return page.elements.filter { $0.tag == "checkbox" }.map { e in
            let on: Bool
            switch e.attrs["checked"] {
            case .bare?, .bool(true)?: on = true
            case .string(let s)?: on = s == "true" || s == "checked"
            case .variable(let n)?: on = pageDataTrue(page.page, n)
            default: on = false
            }
            return WXMLCheckbox(page: page.page, package: package, file: page.file, checkedByDefault: on, agreement: agreement, excerpt: e.excerpt)
        }
    }

    /// Parsed pages of a WXML-bearing file, or nil when its layout is not recognised.
    static func pages(_ t: [UInt8], file: String) -> [WXMLDocument.Page]? {
        if file.hasSuffix(".wxml") { return [WXMLDocument.source(t, file: file)] }
        guard let p = WXMLDocument.compiled(t, file: file), !p.isEmpty else { return nil }
        return p
    }
}
