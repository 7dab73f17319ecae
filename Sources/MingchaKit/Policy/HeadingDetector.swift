/// Plain-text and HTML policies mark headings by numbering ("一、", "（二）", "第三条", "1.2")
/// rather than markup; a short line without a full stop that starts so is a heading.
enum HeadingDetector {
    static let maxLength = 40
    static let numerals = Set("一二三四五六七八九十".unicodeScalars)

    /// The heading level of `line`, or nil when it reads as body text.
    static func level(of line: String) -> Int? {
        let s = Array(line.unicodeScalars.prefix(maxLength + 1))
        guard !s.isEmpty, s.count <= maxLength else { return nil }
        if LineText.contains(line, "。") || LineText.contains(line, "；") || line.hasSuffix("：") && s.count > 20 { return nil }
        var i = 0
        if s[0] == "第" {
            var j = 1
            while j < s.count, numerals.contains(s[j]) || isDigit(s[j]) { j += 1 }
            if j > 1, j < s.count, "章条节部分".unicodeScalars.contains(s[j]) { return 1 }
            return nil
        }
        if numerals.contains(s[0]) {
            while i < s.count, numerals.contains(s[i]) { i += 1 }
            if i < s.count, "、.．".unicodeScalars.contains(s[i]) { return 1 }
            return nil
        }
        if s[0] == "（" || s[0] == "(" {
            i = 1
            while i < s.count, numerals.contains(s[i]) { i += 1 }
            if i > 1, i < s.count, s[i] == "）" || s[i] == ")" { return 2 }
            return nil
        }
        if isDigit(s[0]) {
            var dots = 0
            while i < s.count, isDigit(s[i]) || s[i] == "." { if s[i] == "." { dots += 1 }; i += 1 }
            guard i < s.count else { return nil }
            if s[i] == "、" || s[i] == " " || (dots > 0 && !isDigit(s[i])) {
                // "1." headings are short; long numbered lines are list items.
                return s.count <= 24 ? min(3, 2 + max(0, dots - 1)) : nil
            }
        }
        return nil
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
