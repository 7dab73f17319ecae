/// A type of personal information, from the one vocabulary in `Signatures/vocabulary.json`
/// (location, device_id, app_list, clipboard, contacts, ...). Permissions, APIs, SDKs,
/// mini-program APIs and the policy reader all speak it, which makes "the app can collect X and
/// the policy never mentions X" a single comparison.
public struct InfoType: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public static func < (a: InfoType, b: InfoType) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
