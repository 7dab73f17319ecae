import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes of a policy file to text: BOM, then a declared charset (HTML meta / XML declaration),
/// then UTF-8 if valid, else GB18030 (a superset of GBK and GB2312, what Word-exported Chinese
/// HTML uses). Undecodable bytes become U+FFFD and are counted, so damaged files still give
/// partial text.
public enum PolicyTextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// The encoding the text was read in (`UTF-8`, `UTF-16LE`, `GB18030`, ...).
        public var encoding: String
        /// Bytes or units that could not be decoded and were replaced.
        public var replaced: Int
    }

    public static func decode(_ bytes: [UInt8], name: String) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), label: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(Array(bytes.dropFirst(2)), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(Array(bytes.dropFirst(2)), littleEndian: false) }
        if let le = sniffUTF16(bytes) { return utf16(bytes, littleEndian: le) }
        try rejectBinary(bytes, name: name)
        if let declared = declaredCharset(bytes) {
            let canon = canonical(declared)
            if canon == "UTF-8" {
                if isValidUTF8(bytes) { return utf8(bytes, label: "UTF-8") }
            } else if canon == "GB18030" {
                return iconvDecode(bytes, from: "GB18030")
            } else if canon == "UTF-16" {
                return utf16(bytes, littleEndian: true)
            } else if let d = tryIconv(bytes, from: canon) {
                return d
            }
        }
        if isValidUTF8(bytes) { return utf8(bytes, label: "UTF-8") }
        // Not UTF-8: GB18030 is what Chinese Windows tools write; if that decodes worse than
        // UTF-8 with replacements, the file was damaged UTF-8.
        let gb = iconvDecode(bytes, from: "GB18030")
        let u8 = utf8(bytes, label: "UTF-8")
        return gb.replaced <= u8.replaced ? gb : u8
    }

    // MARK: - encodings

    static func utf8(_ bytes: [UInt8], label: String) -> Decoded {
        let text = String(decoding: bytes, as: UTF8.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            - bytes.withUnsafeBufferPointer { countLiteralReplacement($0) }
        return Decoded(text: text, encoding: label, replaced: max(0, replaced))
    }

    /// U+FFFD written in the file itself (EF BF BD) is not a decoding error.
    private static func countLiteralReplacement(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard b.count >= 3 else { return 0 }
        var n = 0
        for i in 0..<(b.count - 2) where b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { n += 1 }
        return n
    }

    static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> Decoded {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (a | b << 8) : (a << 8 | b))
            i += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) } + (bytes.count % 2)
        return Decoded(text: text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", replaced: replaced)
    }

    /// UTF-16 without a BOM: the zero bytes (high bytes of ASCII characters and line breaks) sit
    /// on one parity, and the text decoded that way is mostly CJK, punctuation and ASCII.
    static func sniffUTF16(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 16 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        guard evenZero + oddZero >= 2 else { return nil }
        // Try the parity with more zeros first (ASCII high bytes), then the other.
        for le in oddZero >= evenZero ? [true, false] : [false, true] {
            let sample = utf16(Array(bytes.prefix(n)), littleEndian: le).text.unicodeScalars
            let plausible = sample.reduce(0) { c, u in
                let v = u.value
                let ok = (v >= 0x20 && v < 0x7F) || v == 0x0A || v == 0x0D || v == 0x09 || (0x4E00...0x9FFF).contains(v)
                    || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) || (0x2010...0x206F).contains(v)
                return c + (ok ? 1 : 0)
            }
            if plausible * 10 >= sample.count * 9 { return le }
        }
        return nil
    }

    /// Binary files (images, zips, executables) have NULs and many control bytes.
    static func rejectBinary(_ bytes: [UInt8], name: String) throws {
        let n = min(bytes.count, 8192)
        guard n > 0 else { return }
        var control = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { throw PolicyError.notText(name, "NUL byte at offset \(i)") }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        }
        if control * 20 > n { throw PolicyError.notText(name, "\(control) control bytes in the first \(n)") }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// `charset=` in the first 4 KB (HTML meta, http-equiv) or `encoding=` of an XML declaration.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }
        for key in [Array("charset=".utf8), Array("encoding=".utf8)] {
            guard let at = find(key, in: head) else { continue }
            var i = at + key.count
            while i < head.count, head[i] == 0x22 || head[i] == 0x27 || head[i] == 0x20 { i += 1 }
            var name = [UInt8]()
            while i < head.count, name.count < 40 {
                let c = head[i]
                let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F
                if !ok { break }
                name.append(c); i += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count, let first = needle.first else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == first {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    static func canonical(_ name: String) -> String {
        switch name {
        case "utf-8", "utf8": return "UTF-8"
        case "gbk", "gb2312", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "gb_2312-80": return "GB18030"
        case "utf-16", "utf-16le", "unicode": return "UTF-16"
        default: return name.uppercased()
        }
    }

    // MARK: - iconv

    private static func tryIconv(_ bytes: [UInt8], from: String) -> Decoded? {
        let cd = iconv_open("UTF-8", from)
        if Int(bitPattern: cd) == -1 { return nil }
        iconv_close(cd)
        let d = iconvDecode(bytes, from: from)
        return d.replaced * 20 > max(1, bytes.count) ? nil : d
    }

    /// Converts with glibc iconv, replacing each undecodable byte with U+FFFD.
    static func iconvDecode(_ bytes: [UInt8], from: String) -> Decoded {
        let cd = iconv_open("UTF-8", from)
        if Int(bitPattern: cd) == -1 { return utf8(bytes, label: "UTF-8") }
        defer { iconv_close(cd) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var input = bytes
        let chunk = 64 * 1024
        var buffer = [CChar](repeating: 0, count: chunk)
        input.withUnsafeMutableBufferPointer { inBuf in
            guard let base = inBuf.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                let (status, err, produced): (Int, Int32, Int) = buffer.withUnsafeMutableBufferPointer { ob in
                    var outPtr: UnsafeMutablePointer<CChar>? = ob.baseAddress
                    var outLeft = chunk
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let e = r == -1 ? errno : 0
                    return (r, e, chunk - outLeft)
                }
                out.append(contentsOf: buffer[0..<produced].map { UInt8(bitPattern: $0) })
                if status != -1 { break }
                if err == E2BIG { continue }
                // EILSEQ or EINVAL (truncated sequence at the end): skip one byte.
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced += 1
                inPtr = inPtr.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return Decoded(text: String(decoding: out, as: UTF8.self), encoding: from, replaced: replaced)
    }
}
