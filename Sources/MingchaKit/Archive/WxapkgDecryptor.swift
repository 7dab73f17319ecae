import COpenSSL

/// Windows-PC WeChat's `V1MMWX` packages: the key is PBKDF2-HMAC-SHA1 over the appid (salt
/// "saltiest", 1000 rounds, 32 bytes); bytes 6..<1030 are AES-256-CBC with IV "the iv: 16 bytes"
/// (the first 1023 plaintext bytes are kept, the last is padding); every later byte is XORed with
/// the appid's second-to-last character. Keyed only by the public appid: obfuscation, not secrecy.
public enum WxapkgDecryptor {
    public static let magic = Array("V1MMWX".utf8)
    static let salt = Array("saltiest".utf8)
    static let iv = Array("the iv: 16 bytes".utf8)
    static let headStart = 6
    static let headLength = 1024

    public static func isEncrypted(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    /// The plain package; throws `wrongAppid` when the result is not a wxapkg.
    public static func decrypt(_ bytes: [UInt8], appid: String, label: String) throws -> [UInt8] {
        guard WxapkgAppID.isValid(appid) else { throw WxapkgError.badAppid(label, appid: appid) }
        guard bytes.count >= headStart + headLength else { throw WxapkgError.encryptedTruncated(label, size: bytes.count) }
        let key = try deriveKey(appid: appid, label: label)
        let head = try aesCBCDecrypt(Array(bytes[headStart..<(headStart + headLength)]), key: key, label: label)
        let xorKey = xorByte(appid: appid)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count - headStart - 1)
        out.append(contentsOf: head.prefix(headLength - 1))
        for b in bytes[(headStart + headLength)...] { out.append(b ^ xorKey) }
        guard out.count > 14, out[0] == 0xBE, out[13] == 0xED else { throw WxapkgError.wrongAppid(label, appid: appid) }
        return out
    }

    public static func deriveKey(appid: String, label: String = "appid") throws -> [UInt8] {
        let pass = appid.utf8CString
        var key = [UInt8](repeating: 0, count: 32)
        let ok = pass.withUnsafeBufferPointer { p in
            salt.withUnsafeBufferPointer { s in
                PKCS5_PBKDF2_HMAC_SHA1(p.baseAddress, Int32(p.count - 1), s.baseAddress, Int32(s.count), 1000, 32, &key)
            }
        }
        guard ok == 1 else { throw WxapkgError.crypto(label, detail: "PBKDF2-HMAC-SHA1 failed") }
        return key
    }

    static func xorByte(appid: String) -> UInt8 {
        let u = Array(appid.utf8)
        return u.count >= 2 ? u[u.count - 2] : 0x66
    }

    /// Raw CBC over whole blocks; padding is left in place (the caller drops it).
    static func aesCBCDecrypt(_ data: [UInt8], key: [UInt8], label: String) throws -> [UInt8] {
        guard let ctx = EVP_CIPHER_CTX_new() else { throw WxapkgError.crypto(label, detail: "no cipher context") }
        defer { EVP_CIPHER_CTX_free(ctx) }
        guard EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nil, key, iv) == 1 else {
            throw WxapkgError.crypto(label, detail: "AES-256-CBC init failed")
        }
        EVP_CIPHER_CTX_set_padding(ctx, 0)
        var out = [UInt8](repeating: 0, count: data.count + 32)
        var n: Int32 = 0
        var total = 0
        guard EVP_DecryptUpdate(ctx, &out, &n, data, Int32(data.count)) == 1 else {
            throw WxapkgError.crypto(label, detail: "AES-256-CBC decrypt failed")
        }
        total = Int(n)
        let ok = out.withUnsafeMutableBufferPointer { p in p.baseAddress.map { EVP_DecryptFinal_ex(ctx, $0 + total, &n) } ?? 0 }
        guard ok == 1 else { throw WxapkgError.crypto(label, detail: "AES-256-CBC final block failed") }
        total += Int(n)
        return Array(out.prefix(total))
    }
}

/// Mini-program appids: `wx` + 16 lowercase hex digits.
public enum WxapkgAppID {
    public static func isValid(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 18, u[0] == UInt8(ascii: "w"), u[1] == UInt8(ascii: "x") else { return false }
        return u[2...].allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }

    /// The appid in the path nearest the file: a component that is one, or contains one.
    public static func fromPath(_ path: String) -> String? {
        for comp in path.split(separator: "/").reversed() {
            let u = Array(comp.utf8)
            guard u.count >= 18 else { continue }
            for start in 0...(u.count - 18) {
                if let s = String(validating: u[start..<(start + 18)], as: UTF8.self), isValid(s) {
                    // Not a longer hex run: "wx" + 17 hex digits is no appid.
                    let after = start + 18 < u.count ? u[start + 18] : 0
                    if isHex(after) { continue }
                    return s
                }
            }
        }
        return nil
    }

    static func isHex(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 97 && b <= 102) }
}
