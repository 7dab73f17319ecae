/// Splits Chinese (and mixed) text into sentences at 。！？!? and "；" runs longer than a clause,
/// never inside brackets or quotes (policies put whole lists in "（...）").
enum SentenceSplitter {
    /// Sentences longer than this are cut at the next "；" or "，" so evidence stays readable.
    static let softLimit = 400
    static let hardLimit = 1200

    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        var count = 0
        let opens: Set<Unicode.Scalar> = ["（", "(", "【", "[", "《", "“", "「", "『"]
        let closes: Set<Unicode.Scalar> = ["）", ")", "】", "]", "》", "”", "」", "』"]
        let enders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
        func emit() {
            let s = collapse(String(current))
            if !s.isEmpty { out.append(s) }
            current = String.UnicodeScalarView(); count = 0; depth = 0
        }
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            current.append(c); count += 1
            if opens.contains(c) { depth += 1 } else if closes.contains(c) { depth = max(0, depth - 1) }
            if c == "\n" { emit(); continue }
            if enders.contains(c) {
                // "?" inside URLs and "!" in ASCII text are not ends of Chinese sentences.
                if (c == "?" || c == "!"), i + 1 < scalars.count, scalars[i + 1].isASCII, scalars[i + 1] != " " { continue }
                if depth == 0 || count > softLimit { emit() }
                continue
            }
            if count > softLimit && (c == "；" || c == ";") { emit(); continue }
            if count > hardLimit && (c == "，" || c == "、" || c == "," || c == " ") { emit() }
        }
        emit()
        return out
    }
}
