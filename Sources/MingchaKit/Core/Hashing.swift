import COpenSSL
import Foundation

/// SHA-256 through OpenSSL's EVP interface, streaming a file so large packages are never held twice.
public enum Hashing {
    public static func sha256<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        let ctx = Digest()
        let arr = Array(bytes)
        arr.withUnsafeBytes { ctx.update($0) }
        return ctx.finish()
    }

    public static func sha256Hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        hex(sha256(bytes))
    }

    public static func sha256Hex(fileAt path: String) throws -> String {
        guard let fh = FileHandle(forReadingAtPath: path) else { throw HashingError.unreadable(path) }
        defer { try? fh.close() }
        let ctx = Digest()
        while true {
            let chunk = fh.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { ctx.update($0) }
        }
        return hex(ctx.finish())
    }

    /// One running SHA-256.
    public final class Digest {
        private let ctx: OpaquePointer
        public init() {
            ctx = EVP_MD_CTX_new()
            EVP_DigestInit_ex(ctx, EVP_sha256(), nil)
        }
        deinit { EVP_MD_CTX_free(ctx) }
        public func update(_ buf: UnsafeRawBufferPointer) {
            if buf.count > 0 { EVP_DigestUpdate(ctx, buf.baseAddress, buf.count) }
        }
        public func finish() -> [UInt8] {
            var out = [UInt8](repeating: 0, count: 32)
            var len: UInt32 = 0
            EVP_DigestFinal_ex(ctx, &out, &len)
            return out
        }
    }

    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xf)]) }
        return String(decoding: out, as: UTF8.self)
    }
}

public enum HashingError: MingchaError {
    case unreadable(String)
    public var code: String { "file.unreadable" }
    public var description: String {
        switch self { case .unreadable(let p): return "cannot read \(p)" }
    }
}
