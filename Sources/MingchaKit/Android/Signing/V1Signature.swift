import COpenSSL

/// JAR signing: each META-INF/<name>.RSA|.DSA|.EC is a PKCS#7 SignedData whose certificate set
/// holds the signer's certificate (and sometimes its chain).
enum V1Signature {
    static func signatureFiles(_ archive: ZipArchive) -> [ZipEntry] {
        archive.entries.filter { e in
            let n = e.name
            guard n.hasPrefix("META-INF/"), !n.dropFirst(9).contains("/") else { return false }
            let upper = n.uppercased()
            return upper.hasSuffix(".RSA") || upper.hasSuffix(".DSA") || upper.hasSuffix(".EC")
        }
    }

    static func certificates(_ bytes: [UInt8], file: String, signer: Int) throws -> [CertificateInfo] {
        let parsed: UnsafeMutablePointer<PKCS7>? = bytes.withUnsafeBufferPointer { buf in
            var p: UnsafePointer<UInt8>? = buf.baseAddress
            return d2i_PKCS7(nil, &p, buf.count)
        }
        guard let p7 = parsed else { throw SigningBlock.Problem(text: "signing.v1-pkcs7: \(file) is not a PKCS#7 structure") }
        defer { PKCS7_free(p7) }
        guard OBJ_obj2nid(p7.pointee.type) == NID_pkcs7_signed, let signed = p7.pointee.d.sign,
              let stack = signed.pointee.cert else {
            throw SigningBlock.Problem(text: "signing.v1-pkcs7: \(file) holds no certificates")
        }
        let list = stack
        let n = Int(OPENSSL_sk_num(list))
        var out: [CertificateInfo] = []
        // The signer's certificate goes first, as in v2/v3; the rest keep their order.
        let signerSerials = signerIssuerSerials(signed)
        // Fingerprints are over the bytes as stored: take them from the file when they can be
        // walked (they match OpenSSL's stack one for one), else OpenSSL's re-encoding.
        let original = PKCS7CertificateBytes.certificates(bytes)
        var certs: [(OpaquePointer, [UInt8])] = []
        for i in 0..<max(0, min(n, 64)) {
            guard let raw = OPENSSL_sk_value(list, Int32(i)) else { continue }
            let x = OpaquePointer(raw)
            if let original = original, original.count == n, i < original.count {
                certs.append((x, original[i]))
            } else if let der = CertificateReader.der(x) {
                certs.append((x, der))
            }
        }
        if let i = certs.firstIndex(where: { signerSerials.contains(serialKey($0.0)) }), i > 0 {
            certs.insert(certs.remove(at: i), at: 0)
        }
        for (c, (x, der)) in certs.enumerated() {
            out.append(CertificateReader.describe(x, der: der, scheme: "v1", signer: signer, chainIndex: c, file: file))
        }
        return out
    }

    /// Issuer+serial of each SignerInfo, as DER bytes of the serial (enough to pick the signer).
    private static func signerIssuerSerials(_ signed: UnsafeMutablePointer<PKCS7_SIGNED>) -> Set<[UInt8]> {
        guard let infos = signed.pointee.signer_info else { return [] }
        let list = infos
        var out = Set<[UInt8]>()
        for i in 0..<max(0, min(Int(OPENSSL_sk_num(list)), 64)) {
            guard let raw = OPENSSL_sk_value(list, Int32(i)) else { continue }
            let si = raw.assumingMemoryBound(to: PKCS7_SIGNER_INFO.self)
            guard let ias = si.pointee.issuer_and_serial, let serial = ias.pointee.serial else { continue }
            out.insert(integerBytes(serial))
        }
        return out
    }

    private static func serialKey(_ x: OpaquePointer) -> [UInt8] {
        guard let s = X509_get_serialNumber(x) else { return [] }
        return integerBytes(UnsafeMutablePointer(mutating: s))
    }

    private static func integerBytes(_ i: UnsafeMutablePointer<ASN1_INTEGER>) -> [UInt8] {
        let len = Int(i.pointee.length)
        guard len > 0, let data = i.pointee.data else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: len))
    }
}
