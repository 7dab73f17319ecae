/// The APK Signing Block (v2/v3/v3.1): sits right before the central directory, ends with its
/// size and the magic "APK Sig Block 42", and holds id-value pairs. Every length is checked
/// against the window it lives in, so a lying block yields a problem, never a trap.
enum SigningBlock {
    static let magic = Array("APK Sig Block 42".utf8)
    static let schemes: [(id: UInt32, name: String)] = [(0x7109_871a, "v2"), (0xf053_68c0, "v3"), (0x1b93_ad61, "v3.1")]

    struct Problem: Error { let text: String }

    /// The pairs of the block (id, value window), or nil when the APK has no block.
    static func pairs(_ archive: ZipArchive) throws -> [(UInt32, ByteReader)]? {
        guard let cd = archive.centralDirectoryOffset, cd >= 32,
              let footer = archive.readRaw(at: cd - 24, count: 24),
              Array(footer[8..<24]) == magic else { return nil }
        let size = try ByteReader(footer).peekU64(at: 0)
        guard size >= 24, size <= UInt64(cd - 8) else {
            throw Problem(text: "signing.block-size: the signing block claims \(size) bytes, more than precede the central directory")
        }
        let total = Int(size) + 8
        guard let block = archive.readRaw(at: cd - total, count: total) else {
            throw Problem(text: "signing.block-size: the signing block (\(total) bytes) exceeds the read limit")
        }
        var r = ByteReader(block)
        guard try r.u64() == size else {
            throw Problem(text: "signing.block-size: the two size fields of the signing block disagree")
        }
        var pairs = try r.window(at: 8, count: total - 32)
        var out: [(UInt32, ByteReader)] = []
        while pairs.remaining > 0 {
            guard pairs.remaining >= 12 else { throw Problem(text: "signing.block-pair: a pair header is cut short") }
            let len = try pairs.u64()
            guard len >= 4, len <= UInt64(pairs.remaining) else {
                throw Problem(text: "signing.block-pair: a pair claims \(len) bytes, \(pairs.remaining) remain")
            }
            let id = try pairs.u32()
            out.append((id, try pairs.window(at: pairs.offset, count: Int(len) - 4)))
            try pairs.skip(Int(len) - 4)
        }
        return out
    }

    /// A u32-length-prefixed window, advancing past it.
    static func prefixed(_ r: inout ByteReader) throws -> ByteReader {
        let len = Int(try r.u32())
        let w = try r.window(at: r.offset, count: len)
        try r.skip(len)
        return w
    }

    /// The items of a length-prefixed sequence of length-prefixed items.
    static func sequence(_ r: inout ByteReader) throws -> [ByteReader] {
        var seq = try prefixed(&r)
        var items: [ByteReader] = []
        while seq.remaining > 0 { items.append(try prefixed(&seq)) }
        return items
    }

    /// Certificates of every signer of a v2/v3/v3.1 value.
    static func certificates(_ value: ByteReader, scheme: String) throws -> [CertificateInfo] {
        var v = value
        let signers = try sequence(&v)
        var out: [CertificateInfo] = []
        for (s, signerReader) in signers.enumerated() {
            var signer = signerReader
            var signed = try prefixed(&signer)
            _ = try sequence(&signed)                 // digests
            let certs = try sequence(&signed)
            var minSdk: Int?, maxSdk: Int?
            if scheme != "v2" {
                minSdk = Int(try signed.u32())
                maxSdk = Int(try signed.u32())
            }
            for (c, certReader) in certs.enumerated() {
                let der = Array(try certReader.slice(at: certReader.start, count: certReader.size))
                do {
                    var info = try CertificateReader.read(der: der, scheme: scheme, signer: s, chainIndex: c)
                    info.minSdk = minSdk
                    info.maxSdk = maxSdk
                    out.append(info)
                } catch let f as CertificateReader.Failure {
                    throw Problem(text: "signing.bad-certificate: \(scheme) signer \(s + 1) certificate \(c + 1): \(f.why)")
                }
            }
        }
        return out
    }
}
