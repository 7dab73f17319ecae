import COpenSSL
import Foundation

/// Turns one DER X.509 certificate into a `CertificateInfo` through OpenSSL.
enum CertificateReader {
    struct Failure: Error { let why: String }

    static func read(der: [UInt8], scheme: String, signer: Int, chainIndex: Int, file: String? = nil) throws -> CertificateInfo {
        let x509: OpaquePointer? = der.withUnsafeBufferPointer { buf in
            var p: UnsafePointer<UInt8>? = buf.baseAddress
            return d2i_X509(nil, &p, buf.count)
        }
        guard let cert = x509 else { throw Failure(why: "certificate is not valid DER X.509") }
        defer { X509_free(cert) }
        return describe(cert, der: der, scheme: scheme, signer: signer, chainIndex: chainIndex, file: file)
    }

    /// `der` is the certificate exactly as it appears in the package (fingerprints are over it).
    static func describe(_ cert: OpaquePointer, der: [UInt8], scheme: String, signer: Int, chainIndex: Int,
                         file: String?) -> CertificateInfo {
        let key = X509_get0_pubkey(cert)
        let keyId = key.map { EVP_PKEY_get_base_id($0) } ?? 0
        return CertificateInfo(
            scheme: scheme, signer: signer, chainIndex: chainIndex, file: file,
            subject: name(X509_get_subject_name(cert)), issuer: name(X509_get_issuer_name(cert)),
            serial: serial(cert),
            notBefore: time(X509_get0_notBefore(cert)), notAfter: time(X509_get0_notAfter(cert)),
            sha256: Hashing.hex(digest(der, EVP_sha256())), sha1: Hashing.hex(digest(der, EVP_sha1())),
            md5: Hashing.hex(digest(der, EVP_md5())),
            keyAlgorithm: keyAlgorithmName(keyId),
            keyBits: key.map { Int(EVP_PKEY_get_bits($0)) } ?? 0,
            signatureAlgorithm: String(cString: OBJ_nid2ln(X509_get_signature_nid(cert))),
            minSdk: nil, maxSdk: nil)
    }

    /// The names apksigner and keytool print ("RSA", "EC", "DSA"), else OpenSSL's short name.
    private static func keyAlgorithmName(_ id: Int32) -> String {
        switch id {
        case 0: return "unknown"
        case EVP_PKEY_RSA: return "RSA"
        case EVP_PKEY_EC: return "EC"
        case EVP_PKEY_DSA: return "DSA"
        default: return OBJ_nid2sn(id).map { String(cString: $0) } ?? "nid \(id)"
        }
    }

    /// DER of a parsed certificate (v1: the certificates inside the PKCS#7).
    static func der(_ cert: OpaquePointer) -> [UInt8]? {
        let len = i2d_X509(cert, nil)
        guard len > 0 else { return nil }
        var out = [UInt8](repeating: 0, count: Int(len))
        let written = out.withUnsafeMutableBufferPointer { buf -> Int32 in
            var p: UnsafeMutablePointer<UInt8>? = buf.baseAddress
            return i2d_X509(cert, &p)
        }
        return written == len ? out : nil
    }

    private static func digest(_ bytes: [UInt8], _ md: OpaquePointer?) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var len: UInt32 = 0
        let ok = bytes.withUnsafeBytes { EVP_Digest($0.baseAddress, $0.count, &out, &len, md, nil) }
        return ok == 1 ? Array(out.prefix(Int(len))) : []
    }

    /// RFC 2253 order and escaping, but UTF-8 left readable (Chinese organisation names).
    private static func name(_ n: OpaquePointer?) -> String {
        guard let n = n, let bio = BIO_new(BIO_s_mem()) else { return "" }
        defer { BIO_free(bio) }
        // XN_FLAG_RFC2253 (a compound macro Swift does not import) minus ESC_MSB: 2253 escaping,
        // control escaping, UTF-8 conversion, DER dump of unknown types, ",+" separators, reversed order.
        let flags: UInt = 0x1 | 0x2 | 0x10 | 0x100 | 0x200 | (1 << 16) | (1 << 20) | (1 << 24)
        guard X509_NAME_print_ex(bio, n, 0, flags) >= 0 else { return "" }
        return drain(bio)
    }

    private static func drain(_ bio: OpaquePointer) -> String {
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1024)
        while true {
            let n = BIO_read(bio, &buf, Int32(buf.count))
            if n <= 0 { break }
            out += buf.prefix(Int(n))
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func serial(_ cert: OpaquePointer) -> String {
        guard let ai = X509_get_serialNumber(cert), let bn = ASN1_INTEGER_to_BN(ai, nil) else { return "" }
        defer { BN_free(bn) }
        guard let hex = BN_bn2hex(bn) else { return "" }
        defer { CRYPTO_free(hex, nil, 0) }
        return String(cString: hex).lowercased()
    }

    private static func time(_ t: UnsafePointer<ASN1_TIME>?) -> String {
        var tm = tm()
        guard let t = t, ASN1_TIME_to_tm(t, &tm) == 1 else { return "" }
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1,
                      Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
    }
}
