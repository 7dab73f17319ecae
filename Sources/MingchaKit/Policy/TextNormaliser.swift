/// Normalises decoded policy text so matching sees one form: full-width letters and digits
/// (ＩＭＥＩ, １５) become ASCII, ideographic and no-break spaces become spaces, zero-width
/// characters and control bytes go. Chinese punctuation is kept: evidence must read as written.
public enum TextNormaliser {
    public static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF20, 0xFF0E, 0xFF0D, 0xFF3F:
                out.append(Unicode.Scalar(v - 0xFEE0) ?? s)
            case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F, 0x205F:
                out.append(" ")
            case 0x200B...0x200D, 0xFEFF, 0x2060:
                continue
            case 0x0D:
                out.append("\n")
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F:
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}
