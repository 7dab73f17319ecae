import Foundation

/// A typed `Res_value` as Android stores attribute values and resource entries.
/// Floats are kept as their bit pattern so hostile NaNs still encode as JSON.
public enum ResValue: Codable, Hashable, Sendable {
    case null
    case empty
    case string(String)
    case reference(UInt32)
    case attribute(UInt32)
    case dynamicReference(UInt32)
    case dynamicAttribute(UInt32)
    case int(Int32)
    case hex(UInt32)
    case bool(Bool)
    case float(bits: UInt32)
    case dimension(UInt32)
    case fraction(UInt32)
    case color(UInt32, type: UInt8)
    case other(type: UInt8, data: UInt32)

    // Res_value data types from ResourceTypes.h.
    public static let typeNull: UInt8 = 0x00, typeReference: UInt8 = 0x01, typeAttribute: UInt8 = 0x02
    public static let typeString: UInt8 = 0x03, typeFloat: UInt8 = 0x04, typeDimension: UInt8 = 0x05
    public static let typeFraction: UInt8 = 0x06, typeDynamicReference: UInt8 = 0x07
    public static let typeDynamicAttribute: UInt8 = 0x08, typeIntDec: UInt8 = 0x10, typeIntHex: UInt8 = 0x11
    public static let typeIntBoolean: UInt8 = 0x12, typeFirstColor: UInt8 = 0x1c, typeLastColor: UInt8 = 0x1f

    /// Decodes a value; `string` looks up string-pool indexes (nil when out of range).
    public static func decode(type: UInt8, data: UInt32, string: (UInt32) -> String?) -> ResValue {
        switch type {
        case typeNull: return data == 1 ? .empty : .null
        case typeReference: return .reference(data)
        case typeAttribute: return .attribute(data)
        case typeString: return .string(string(data) ?? "")
        case typeFloat: return .float(bits: data)
        case typeDimension: return .dimension(data)
        case typeFraction: return .fraction(data)
        case typeDynamicReference: return .dynamicReference(data)
        case typeDynamicAttribute: return .dynamicAttribute(data)
        case typeIntDec: return .int(Int32(bitPattern: data))
        case typeIntHex: return .hex(data)
        case typeIntBoolean: return .bool(data != 0)
        case typeFirstColor...typeLastColor: return .color(data, type: type)
        default: return .other(type: type, data: data)
        }
    }

    /// The raw (type, data) pair, as aapt's xmltree prints it for non-strings.
    public var raw: (type: UInt8, data: UInt32)? {
        switch self {
        case .null: return (ResValue.typeNull, 0)
        case .empty: return (ResValue.typeNull, 1)
        case .string: return nil
        case let .reference(d): return (ResValue.typeReference, d)
        case let .attribute(d): return (ResValue.typeAttribute, d)
        case let .dynamicReference(d): return (ResValue.typeDynamicReference, d)
        case let .dynamicAttribute(d): return (ResValue.typeDynamicAttribute, d)
        case let .int(v): return (ResValue.typeIntDec, UInt32(bitPattern: v))
        case let .hex(d): return (ResValue.typeIntHex, d)
        case let .bool(b): return (ResValue.typeIntBoolean, b ? 0xFFFF_FFFF : 0)
        case let .float(d): return (ResValue.typeFloat, d)
        case let .dimension(d): return (ResValue.typeDimension, d)
        case let .fraction(d): return (ResValue.typeFraction, d)
        case let .color(d, t): return (t, d)
        case let .other(t, d): return (t, d)
        }
    }

    public var stringValue: String? {
        if case let .string(s) = self { return s }
        return nil
    }

    /// Integer view, as TypedArray.getInt reads it: any integer-like type.
    public var intValue: Int? {
        switch self {
        case let .int(v): return Int(v)
        case let .hex(d): return Int(Int32(bitPattern: d))
        case let .bool(b): return b ? -1 : 0
        case let .color(d, _): return Int(Int32(bitPattern: d))
        case let .string(s): return Int(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// Boolean view, as TypedArray.getBoolean reads it: integers are true when non-zero, strings
    /// only when "true", "TRUE" or "1" (XmlUtils.convertValueToBoolean).
    public var boolValue: Bool? {
        switch self {
        case let .bool(b): return b
        case let .int(v): return v != 0
        case let .hex(d): return d != 0
        case let .string(s): return s == "true" || s == "TRUE" || s == "1"
        default: return nil
        }
    }

    /// A resource ID this value points to (a reference or dynamic reference).
    public var referenceID: UInt32? {
        switch self {
        case let .reference(d), let .dynamicReference(d): return d
        default: return nil
        }
    }

    /// Human text in the spirit of aapt: strings as-is, references as `@0x7f..`, numbers in decimal.
    public var display: String {
        switch self {
        case .null: return "@null"
        case .empty: return ""
        case let .string(s): return s
        case let .reference(d), let .dynamicReference(d): return String(format: "@0x%08x", d)
        case let .attribute(d), let .dynamicAttribute(d): return String(format: "?0x%08x", d)
        case let .int(v): return String(v)
        case let .hex(d): return String(format: "0x%x", d)
        case let .bool(b): return b ? "true" : "false"
        case let .float(bits): return String(Float(bitPattern: bits))
        case let .dimension(d): return ResValue.complex(d, units: ["px", "dp", "sp", "pt", "in", "mm"], scale: 1)
        case let .fraction(d): return ResValue.complex(d, units: ["%", "%p"], scale: 100)
        case let .color(d, t):
            switch t {
            case 0x1d: return String(format: "#%06x", d & 0xFF_FFFF)
            case 0x1e: return String(format: "#%04x", d & 0xFFFF)
            case 0x1f: return String(format: "#%03x", d & 0xFFF)
            default: return String(format: "#%08x", d)
            }
        case let .other(t, d): return String(format: "(type 0x%02x)0x%08x", t, d)
        }
    }

    /// Complex (dimension/fraction) data: 24-bit signed mantissa, 2-bit radix, 4-bit unit.
    private static func complex(_ d: UInt32, units: [String], scale: Double) -> String {
        let mantissa = Double(Int32(bitPattern: d & 0xFFFF_FF00) >> 8)
        let shifts: [Double] = [1, 1.0 / 128, 1.0 / 32768, 1.0 / 8388608]
        let radix = Int((d >> 4) & 3)
        let value = mantissa * shifts[radix] * scale
        let unit = Int(d & 0xF)
        let name = unit < units.count ? units[unit] : "unit\(unit)"
        var text = String(format: "%g", value)
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text + name
    }
}
