import Foundation

/// The part of a `ResTable_config` a scan needs: the locale, and whether any other qualifier
/// (density, night mode, SDK level...) narrows the configuration.
public struct ResourceConfig: Hashable, Codable, Sendable {
    public var language: String?
    public var region: String?
    public var script: String?
    /// True when a non-locale qualifier is set, so the config is not the plain default.
    public var hasOtherQualifiers: Bool

    public init(language: String? = nil, region: String? = nil, script: String? = nil, hasOtherQualifiers: Bool = false) {
        self.language = language
        self.region = region
        self.script = script
        self.hasOtherQualifiers = hasOtherQualifiers
    }

    /// BCP-47 style text: "zh", "zh-CN", "zh-Hans-CN"; nil for the default locale.
    public var locale: String? {
        guard let l = language else { return nil }
        return [l, script, region].compactMap { $0 }.joined(separator: "-")
    }

    /// Decodes the config that starts at `at` (its first u32 is its own size).
    static func read(_ r: ByteReader, at: Int, limit: Int) throws -> ResourceConfig {
        let declared = Int(try r.peekU32(at: at))
        let size = max(0, min(declared, limit - at))
        var c = ResourceConfig()
        func byte(_ i: Int) -> UInt8 { i < size ? ((try? r.peekU8(at: at + i)) ?? 0) : 0 }
        if size >= 12 {
            c.language = unpack(byte(8), byte(9), base: UInt8(ascii: "a"))
            c.region = unpack(byte(10), byte(11), base: UInt8(ascii: "0"))
        }
        if size >= 40 {
            let s = (36..<40).map { byte($0) }
            if s[0] != 0, let text = String(bytes: s.filter { $0 != 0 }, encoding: .ascii) { c.script = text }
        }
        var other = false
        for i in 4..<8 where byte(i) != 0 { other = true }
        if size > 12 { for i in 12..<min(size, 36) where byte(i) != 0 { other = true } }
        if size > 48 { for i in 48..<size where byte(i) != 0 { other = true } }
        c.hasOtherQualifiers = other
        return c
    }

    /// Two bytes hold either two ASCII letters or, with the top bit set, three packed 5-bit letters.
    private static func unpack(_ a: UInt8, _ b: UInt8, base: UInt8) -> String? {
        if a == 0 && b == 0 { return nil }
        if a & 0x80 != 0 {
            let first = b & 0x1f
            let second = ((b & 0xe0) >> 5) | ((a & 0x03) << 3)
            let third = (a & 0x7c) >> 2
            return String(bytes: [first, second, third].map { $0 &+ base }, encoding: .ascii)
        }
        guard let s = String(bytes: [a, b], encoding: .ascii) else { return nil }
        return s
    }
}
