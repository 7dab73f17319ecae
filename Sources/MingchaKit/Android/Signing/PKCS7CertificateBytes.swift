/// The certificates of a PKCS#7 SignedData exactly as encoded in the file. OpenSSL re-encodes
/// certificates it parses, so a certificate stored in non-DER (BER) form would get a different
/// fingerprint than apksigner and Android compute over the original bytes.
/// Definite lengths only; anything else returns nil and the caller falls back to OpenSSL.
enum PKCS7CertificateBytes {
    static func certificates(_ bytes: [UInt8]) -> [[UInt8]]? {
        var r = ByteReader(bytes)
        guard let contentInfo = tlv(&r, tag: 0x30) else { return nil }
        var ci = contentInfo.value
        guard tlv(&ci, tag: 0x06) != nil, var explicit = tlv(&ci, tag: 0xA0)?.value,
              var signedData = tlv(&explicit, tag: 0x30)?.value,
              tlv(&signedData, tag: 0x02) != nil,     // version
              tlv(&signedData, tag: 0x31) != nil,     // digestAlgorithms
              tlv(&signedData, tag: 0x30) != nil,     // contentInfo
              var certs = tlv(&signedData, tag: 0xA0)?.value else { return nil }
        var out: [[UInt8]] = []
        while certs.remaining > 0, out.count < 64 {
            let start = certs.offset
            guard tlv(&certs, tag: 0x30) != nil, let raw = try? certs.slice(at: start, count: certs.offset - start) else { return nil }
            out.append(Array(raw))
        }
        return out
    }

    /// One tag-length-value with the expected tag; the reader moves past it.
    private static func tlv(_ r: inout ByteReader, tag: UInt8) -> (value: ByteReader, end: Int)? {
        guard let t = try? r.u8(), t == tag, let first = try? r.u8() else { return nil }
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let n = Int(first & 0x7f)
            guard n >= 1, n <= 4 else { return nil }   // 0 would be BER's indefinite length
            for _ in 0..<n {
                guard let b = try? r.u8() else { return nil }
                length = length << 8 | Int(b)
            }
        }
        guard let value = try? r.window(at: r.offset, count: length), (try? r.skip(length)) != nil else { return nil }
        return (value, r.offset)
    }
}
