/// A method as code refers to it: declaring class (dotted), name, and descriptor. Equal refs from
/// different DEX files are the same method.
public struct MethodRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// Java dotted form, e.g. `android.telephony.TelephonyManager`.
    public var className: String
    public var name: String
    /// Method descriptor, e.g. `(I)Ljava/lang/String;`.
    public var proto: String

    public init(className: String, name: String, proto: String) {
        self.className = className; self.name = name; self.proto = proto
    }

    /// From a type descriptor `Lpkg/Cls;`.
    public init(descriptor: String, name: String, proto: String) {
        self.init(className: DexNames.dotted(descriptor), name: name, proto: proto)
    }

    /// `Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;`
    public var smali: String { DexNames.descriptor(className) + "->" + name + proto }

    /// Parses the smali form; nil if it is not `Lcls;->name(...)ret`.
    public init?(smali: String) {
        guard let arrow = smali.range(of: "->") else { return nil }
        let cls = String(smali[..<arrow.lowerBound])
        let rest = smali[arrow.upperBound...]
        guard let paren = rest.firstIndex(of: "("), cls.count >= 2 else { return nil }
        self.init(descriptor: cls, name: String(rest[..<paren]), proto: String(rest[paren...]))
    }

    public var description: String { smali }
    public static func < (a: MethodRef, b: MethodRef) -> Bool { a.smali < b.smali }
}

/// A field as code refers to it.
public struct FieldRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var className: String
    public var name: String
    /// Field type descriptor, e.g. `Ljava/lang/String;`.
    public var type: String

    public init(className: String, name: String, type: String) {
        self.className = className; self.name = name; self.type = type
    }
    public init(descriptor: String, name: String, type: String) {
        self.init(className: DexNames.dotted(descriptor), name: name, type: type)
    }
    /// `Landroid/os/Build;->SERIAL:Ljava/lang/String;`
    public var smali: String { DexNames.descriptor(className) + "->" + name + ":" + type }
    public var description: String { smali }
    public static func < (a: FieldRef, b: FieldRef) -> Bool { a.smali < b.smali }
}

/// Conversions between class descriptors (`Lcom/a/B;`) and Java dotted names (`com.a.B`). Arrays
/// keep their descriptor form (`[Ljava/lang/Object;`): rules never name them.
public enum DexNames {
    public static func dotted(_ descriptor: String) -> String {
        // ASCII descriptors (nearly all) are copied once into the new string; the index names
        // every class this way. Others take the Character-aware checks, whose answer can differ
        // for a combining mark after `L` or a prepended mark before `;`.
        var d = descriptor
        let ascii: String? = d.withUTF8 { u in
            guard u.count >= 2, u[0] == UInt8(ascii: "L"), u[u.count - 1] == UInt8(ascii: ";"), u.isASCII else { return nil }
            return String(unsafeUninitializedCapacity: u.count - 2) { out in
                for i in 1..<(u.count - 1) { out[i - 1] = u[i] == UInt8(ascii: "/") ? UInt8(ascii: ".") : u[i] }
                return u.count - 2
            }
        }
        if let ascii { return ascii }
        guard descriptor.hasPrefix("L"), descriptor.hasSuffix(";"), descriptor.utf8.count >= 2 else { return descriptor }
        var u = Array(descriptor.utf8.dropFirst().dropLast())
        for i in u.indices where u[i] == UInt8(ascii: "/") { u[i] = UInt8(ascii: ".") }
        return String(decoding: u, as: UTF8.self)
    }

    /// True when `DexNames.descriptor(DexNames.dotted(d)) == d`, so the class's own descriptor id
    /// is the one the name lookup would find: `Lpkg/Cls;` with no "." and ASCII bytes next to the
    /// "L" and ";" (the conversions test those ends by Character).
    static func roundTrips(_ d: String) -> Bool {
        let u = d.utf8
        guard u.count >= 2, u.first == UInt8(ascii: "L"), u.last == UInt8(ascii: ";") else { return false }
        let second = u[u.index(after: u.startIndex)], beforeLast = u[u.index(u.endIndex, offsetBy: -2)]
        guard second < 0x80, second != UInt8(ascii: "["), beforeLast < 0x80 else { return false }
        // The stored bytes when the string has them (a native string always does): searching
        // them directly is a small fraction of the generic UTF-8 view's per-byte iteration.
        return !(u.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ".")) } ?? u.contains(UInt8(ascii: ".")))
    }

    /// Descriptor of a class that declares members: arrays stay as they are; anything else is a
    /// class, even a one-letter obfuscated name such as `I` (`LI;`), so primitives are not special.
    public static func descriptor(_ dotted: String) -> String {
        if dotted.hasPrefix("[") { return dotted }
        var u = Array(dotted.utf8)
        for i in u.indices where u[i] == UInt8(ascii: ".") { u[i] = UInt8(ascii: "/") }
        return "L" + String(decoding: u, as: UTF8.self) + ";"
    }
}
