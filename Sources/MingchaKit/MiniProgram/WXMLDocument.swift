import Foundation

/// WXML as elements with attribute values, read from either form:
/// - source `.wxml` (tags and attributes as written), or
/// - the compiler's output (`page-frame.html` / `page-frame.js` / `app-wxss.js`): per-file
///   constant lists built by `function gz$gwx_N(){ ... Z([3,'text']) ... }`, the file list
///   `var x=['./pages/a.wxml', ...]`, and per-file render functions `d_[x[K]]={} ... var z=gz$gwx_N()`
///   that create elements with `_mz(z,'tag',['attr',i,'attr2',d,...],...)` (first index absolute,
///   later ones relative to it, negative = bare attribute) or `_n('tag')` + `_rz(z,node,'attr',i,...)`.
/// Constants: `[3,'s']` string, `[1,v]` literal, `[[7],[3,'name']]` data binding, `z[i]` a repeat.
struct WXMLDocument {
    enum Value: Hashable {
        case string(String)
        case bool(Bool)
        case variable(String)
        case bare
        case expression
    }
    struct Element: Hashable {
        var tag: String
        var attrs: [String: Value]
        var excerpt: String
    }
    struct Page {
        var page: String?
        var file: String
        var elements: [Element]
        /// The page's text constants joined (UI wording search).
        var text: String
    }

    // MARK: compiled output

    /// Pages of a compiled file; nil when the file has no `var x=[...]` file list (then the caller
    /// falls back to literal search).
    static func compiled(_ t: [UInt8], file: String) -> [Page]? {
        guard let xs = fileList(t) else { return nil }
        let brackets = JSText.bracketTable(t, in: 0..<t.count)
        let consts = constantLists(t, brackets: brackets)
        var pages: [Page] = []
        let marker = Array("d_[x[".utf8)
        var starts: [(Int, Int)] = []
        var i = 0
        while let k = JSText.find(t, marker, from: i) {
            i = k + marker.count
            var n = 0, j = i
            while j < t.count, t[j] >= 48, t[j] <= 57, j - i < 7 { n = n * 10 + Int(t[j] - 48); j += 1 }
            // `d_[x[5]]={}` opens a file; `d_[x[5]]["tpl"]=function` is a template inside it.
            if j > i, j + 2 < t.count, t[j] == 93, t[j + 1] == 93, t[j + 2] == 61 { starts.append((k, n)) }
        }
        for (idx, (start, k)) in starts.enumerated() {
            let end = idx + 1 < starts.count ? starts[idx + 1].0 : t.count
            let range = start..<end
            let path = k < xs.count ? AppConfig.pagePath(xs[k].hasPrefix("./") ? String(xs[k].dropFirst(2)) : xs[k]) : nil
            let z = zListName(t, range).flatMap { consts[$0] } ?? []
            let elements = elementsInBlock(t, range, brackets: brackets, z: z)
            let text = z.compactMap { if case .string(let s) = $0 { return s } else { return nil } }.joined(separator: "\n")
            pages.append(Page(page: path, file: file, elements: elements, text: text))
        }
        return pages
    }

    /// `var x=['./a.wxml','./b.wxml']`.
    static func fileList(_ t: [UInt8]) -> [String]? {
        for pat in ["var x=[", "var x = ["] {
            guard let k = JSText.find(t, Array(pat.utf8), from: 0) else { continue }
            var out: [String] = []
            var i = k + pat.utf8.count
            while i < t.count, t[i] != 93 {
                if t[i] == 39 || t[i] == 34 {
                    let close = JSText.skipString(t, i, min(t.count, i + 1024))
                    out.append(unescape(t, (i + 1)..<max(i + 1, close - 1)))
                    i = close
                    continue
                }
                i += 1
            }
            return out
        }
        return nil
    }

    /// `function gz$gwx_N(){ ... Z(...) ... }` -> name -> constants.
    static func constantLists(_ t: [UInt8], brackets: [Int: Int]) -> [String: [Value]] {
        var out: [String: [Value]] = [:]
        let pat = Array("function gz$gwx".utf8)
        var i = 0
        while let k = JSText.find(t, pat, from: i) {
            i = k + pat.count
            guard let (name, after) = identAtDollar(t, k + "function ".utf8.count, t.count) else { continue }
            guard let open = nextByte(t, 123, from: after, limit: 8), let close = brackets[open] else { continue }
            var list: [Value] = []
            var j = open
            let zpat = Array("Z(".utf8)
            while let z = JSText.find(t, zpat, from: j), z < close {
                j = z + 2
                // Not the helper's own definition `function Z(ops){z.push(ops)}`.
                let isDefinition = z >= 9 && String(decoding: t[(z - 9)..<z], as: UTF8.self) == "function "
                guard z > 0, !JSText.isIdent(t[z - 1]), !isDefinition, let argEnd = brackets[z + 1] else { continue }
                let arg = (z + 2)..<(argEnd - 1)
                list.append(value(t, arg, list))
                j = argEnd
            }
            out[name] = list
            i = close
        }
        return out
    }

    static func identAtDollar(_ t: [UInt8], _ i: Int, _ end: Int) -> (String, Int)? { JSText.identAt(t, i, end) }

    static func nextByte(_ t: [UInt8], _ b: UInt8, from: Int, limit: Int) -> Int? {
        var i = from
        while i < t.count, i - from <= limit { if t[i] == b { return i }; i += 1 }
        return nil
    }

    /// One constant: `[3,'s']`, `[1,true]`, `[[7],[3,'name']]`, `z[4]`, anything else an expression.
    static func value(_ t: [UInt8], _ r: Range<Int>, _ earlier: [Value]) -> Value {
        let s = String(decoding: t[r], as: UTF8.self)
        if s.hasPrefix("z["), let n = Int(s.dropFirst(2).prefix { $0 != "]" }) { return n >= 0 && n < earlier.count ? earlier[n] : .expression }
        if s.hasPrefix("[3,") || s.hasPrefix("[1,'") || s.hasPrefix("[1,\"") {
            let q = r.lowerBound + 3
            guard q < r.upperBound, t[q] == 39 || t[q] == 34 else { return .expression }
            let close = JSText.skipString(t, q, r.upperBound)
            return close == r.upperBound - 1 ? .string(unescape(t, (q + 1)..<(close - 1))) : .expression
        }
        if s == "[1,true]" || s == "[1,!0]" { return .bool(true) }
        if s == "[1,false]" || s == "[1,!1]" { return .bool(false) }
        if s.hasPrefix("[[7],[3,'"), s.hasSuffix("']]") { return .variable(String(s.dropFirst(9).dropLast(3))) }
        return .expression
    }

    /// `var z=gz$gwx_N()` inside a render block.
    static func zListName(_ t: [UInt8], _ r: Range<Int>) -> String? {
        let pat = Array("gz$gwx".utf8)
        guard let k = JSText.find(Array(t[r]), pat, from: 0) else { return nil }
        return JSText.identAt(t, r.lowerBound + k, r.upperBound)?.0
    }

    static func elementsInBlock(_ t: [UInt8], _ r: Range<Int>, brackets: [Int: Int], z: [Value]) -> [Element] {
        var out: [Element] = []
        var nodes: [String: Int] = [:]
        var i = r.lowerBound
        while i < r.upperBound - 4 {
            // _mz(z,'tag',[...]  /  _m('tag',[...]  /  _n('tag')  /  _rz(z,node,'attr',i
            guard t[i] == 95, i == r.lowerBound || !JSText.isIdent(t[i - 1]), let (fn, after) = JSText.identAt(t, i, r.upperBound),
                  after < r.upperBound, t[after] == 40, let close = brackets[after] else { i += 1; continue }
            let args = splitArgs(t, (after + 1)..<(close - 1), brackets: brackets)
            let varName = assignedName(t, before: i, lowerBound: r.lowerBound)
            switch fn {
            case "_mz", "_m":
                let tagArg = fn == "_mz" ? 1 : 0
                if args.count > tagArg + 1, let tag = stringLiteral(t, args[tagArg]) {
                    var attrs: [String: Value] = [:]
                    let list = splitArgs(t, (args[tagArg + 1].lowerBound + 1)..<max(args[tagArg + 1].lowerBound + 1, args[tagArg + 1].upperBound - 1), brackets: brackets)
                    var base = 0
                    var k = 0
                    while k + 1 < list.count {
                        if let name = stringLiteral(t, list[k]), let n = intLiteral(t, list[k + 1]) {
                            if base + n < 0 { attrs[name] = .bare } else {
                                attrs[name] = base + n < z.count ? z[base + n] : .expression
                                if base == 0 { base = n }
                            }
                        }
                        k += 2
                    }
                    out.append(Element(tag: tag, attrs: attrs, excerpt: String(decoding: t[i..<min(close, i + 160)], as: UTF8.self)))
                    if let v = varName { nodes[v] = out.count - 1 }
                }
            case "_n":
                if let a = args.first, let tag = stringLiteral(t, a) {
                    out.append(Element(tag: tag, attrs: [:], excerpt: String(decoding: t[i..<min(close, i + 160)], as: UTF8.self)))
                    if let v = varName { nodes[v] = out.count - 1 }
                }
            case "_rz", "_r":
                let o = fn == "_rz" ? 1 : 0
                if args.count > o + 2, let node = JSText.identAt(t, args[o].lowerBound, args[o].upperBound)?.0, let e = nodes[node],
                   let name = stringLiteral(t, args[o + 1]), let n = intLiteral(t, args[o + 2]) {
                    out[e].attrs[name] = n < 0 ? .bare : (n < z.count ? z[n] : .expression)
                }
            default:
                break
            }
            i = after
        }
        // Evidence a tester can read: the element as WXML, then the compiled statement.
        for k in out.indices { out[k].excerpt = render(out[k]) + "  \u{2190} " + out[k].excerpt }
        return out
    }

    static func render(_ e: Element) -> String {
        let attrs = e.attrs.keys.sorted().map { k -> String in
            switch e.attrs[k] {
            case .string(let v)?: return "\(k)=\"\(v)\""
            case .bool(let b)?: return "\(k)=\"{{\(b)}}\""
            case .variable(let n)?: return "\(k)=\"{{\(n)}}\""
            case .bare?: return k
            default: return "\(k)=\"{{…}}\""
            }
        }
        return "<" + ([e.tag] + attrs).joined(separator: " ") + ">"
    }

    /// A decimal integer (optionally negative) with surrounding spaces; nil otherwise.
    static func intLiteral(_ t: [UInt8], _ r: Range<Int>) -> Int? {
        var i = r.lowerBound, end = r.upperBound
        while i < end, JSText.isSpace(t[i]) { i += 1 }
        while end > i, JSText.isSpace(t[end - 1]) { end -= 1 }
        var neg = false
        if i < end, t[i] == 45 { neg = true; i += 1 }
        guard i < end, end - i <= 9 else { return nil }
        var n = 0
        for b in t[i..<end] {
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return neg ? -n : n
    }

    /// `var oB=` / `oB=` just before a call.
    static func assignedName(_ t: [UInt8], before i: Int, lowerBound: Int) -> String? {
        guard i > lowerBound, t[i - 1] == 61 else { return nil }
        return JSText.identBefore(t, i - 1, lowerBound: lowerBound)
    }

    /// Top-level comma-separated argument ranges.
    static func splitArgs(_ t: [UInt8], _ r: Range<Int>, brackets: [Int: Int]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let b = t[i]
            if b == 34 || b == 39 { i = JSText.skipString(t, i, r.upperBound); continue }
            if b == 40 || b == 91 || b == 123, let c = brackets[i], c <= r.upperBound { i = c; continue }
            if b == 44 { out.append(start..<i); start = i + 1 }
            i += 1
        }
        if start < r.upperBound { out.append(start..<r.upperBound) }
        return out
    }

    static func stringLiteral(_ t: [UInt8], _ r: Range<Int>) -> String? {
        var s = r.lowerBound
        while s < r.upperBound, JSText.isSpace(t[s]) { s += 1 }
        guard s < r.upperBound, t[s] == 39 || t[s] == 34 else { return nil }
        let close = JSText.skipString(t, s, r.upperBound)
        return unescape(t, (s + 1)..<max(s + 1, close - 1))
    }

    /// JS string escapes: \' \" \\ \n \t \uXXXX.
    static func unescape(_ t: [UInt8], _ r: Range<Int>) -> String {
        guard t[r].contains(92) else { return String(decoding: t[r], as: UTF8.self) }
        var out = [UInt8]()
        var i = r.lowerBound
        while i < r.upperBound {
            if t[i] == 92, i + 1 < r.upperBound {
                let c = t[i + 1]
                if c == 117, i + 5 < r.upperBound, let v = UInt32(String(decoding: t[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                   let u = Unicode.Scalar(v) {
                    out += Array(String(Character(u)).utf8)
                    i += 6
                    continue
                }
                out.append(c == 110 ? 10 : (c == 116 ? 9 : c))
                i += 2
                continue
            }
            out.append(t[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: source WXML

    /// Tags and attributes of a source `.wxml`; text between tags is the page text.
    static func source(_ t: [UInt8], file: String) -> Page {
        var elements: [Element] = []
        var text = ""
        var i = 0
        while i < t.count {
            guard t[i] == 60 else {
                var j = i
                while j < t.count, t[j] != 60 { j += 1 }
                text += String(decoding: t[i..<j], as: UTF8.self) + "\n"
                i = j
                continue
            }
            guard let (tag, after) = WXMLScanner.tagName(t, i + 1, t.count) else { i += 1; continue }
            var attrs: [String: Value] = [:]
            var j = after
            while j < t.count, t[j] != 62 {
                if JSText.isSpace(t[j]) || t[j] == 47 { j += 1; continue }
                guard let (name, a) = attrName(t, j) else { j += 1; continue }
                var k = a
                while k < t.count, JSText.isSpace(t[k]) { k += 1 }
                if k < t.count, t[k] == 61 {
                    k += 1
                    while k < t.count, JSText.isSpace(t[k]) { k += 1 }
                    if k < t.count, t[k] == 34 || t[k] == 39 {
                        let q = t[k]
                        var e = k + 1
                        while e < t.count, t[e] != q { e += 1 }
                        attrs[name] = sourceValue(String(decoding: t[(k + 1)..<min(e, t.count)], as: UTF8.self))
                        j = min(t.count, e + 1)
                        continue
                    }
                    j = k
                } else {
                    attrs[name] = .bare
                    j = a
                }
            }
            elements.append(Element(tag: tag, attrs: attrs, excerpt: String(decoding: t[i..<min(t.count, j + 1, i + 200)], as: UTF8.self)))
            i = j + 1
        }
        return Page(page: AppConfig.pagePath(file.split(separator: ":").last.map(String.init) ?? file), file: file, elements: elements, text: text)
    }

    static func attrName(_ t: [UInt8], _ i: Int) -> (String, Int)? {
        var j = i
        while j < t.count, JSText.isIdent(t[j]) || t[j] == 45 || t[j] == 58 { j += 1 }
        guard j > i else { return nil }
        return (String(decoding: t[i..<j], as: UTF8.self), j)
    }

    static func sourceValue(_ v: String) -> Value {
        let s = v.trimmingCharacters(in: .whitespaces)
        guard s.hasPrefix("{{"), s.hasSuffix("}}") else { return .string(v) }
        let inner = s.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        if inner == "true" { return .bool(true) }
        if inner == "false" { return .bool(false) }
        if inner.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" || $0 == "." }) { return .variable(inner) }
        return .expression
    }
}
