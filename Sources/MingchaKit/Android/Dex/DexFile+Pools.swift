import Glibc

/// Reading the id pools of a validated DEX: strings (decoded lazily), type descriptors, protos,
/// field and method references. Every index is checked against its table.
extension DexFile {
    /// Byte range of string `idx`'s MUTF-8 data (without the NUL), found by scanning for the NUL.
    public func stringRange(_ idx: UInt32) throws -> Range<Int> {
        guard Int(idx) < stringCount else { throw DexError.badIndex(what: "string", index: idx, count: stringCount) }
        var r = ByteReader(bytes)
        let off = Int(u32(header.stringIds.offset + 4 * Int(idx)))
        let units: UInt32
        do {
            try r.seek(off)
            units = try r.uleb128()   // length in UTF-16 units
        } catch { throw DexError.from(error, reading: "string_data") }
        let start = r.offset
        // Each UTF-16 unit takes at most 3 MUTF-8 bytes, so the NUL must come by then: a lying
        // string cannot make us scan the whole file.
        let limit = min(bytes.count, start + 3 * Int(units) + 1)
        let end = bytes.withUnsafeBytes { b -> Int? in
            guard start < limit, let base = b.baseAddress, let nul = memchr(base + start, 0, limit - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(nul))
        }
        guard let end else { throw DexError.malformed(what: "string_data without its terminator", offset: off) }
        return start..<end
    }

    public func string(_ idx: UInt32) throws -> String {
        let r = try stringRange(idx)
        return MUTF8.decode(bytes, from: r.lowerBound, to: r.upperBound)
    }

    /// String index of type `idx`'s descriptor.
    public func typeStringIndex(_ idx: UInt32) throws -> UInt32 {
        guard Int(idx) < typeCount else { throw DexError.badIndex(what: "type", index: idx, count: typeCount) }
        return u32(header.typeIds.offset + 4 * Int(idx))
    }

    /// Type descriptor, e.g. `Landroid/telephony/TelephonyManager;`.
    public func typeDescriptor(_ idx: UInt32) throws -> String {
        try string(try typeStringIndex(idx))
    }

    public struct ProtoId: Sendable, Hashable {
        public var shortyIdx: UInt32
        public var returnTypeIdx: UInt32
        public var parametersOff: UInt32
    }

    public func protoId(_ idx: UInt32) throws -> ProtoId {
        guard Int(idx) < protoCount else { throw DexError.badIndex(what: "proto", index: idx, count: protoCount) }
        let o = header.protoIds.offset + 12 * Int(idx)
        return ProtoId(shortyIdx: u32(o), returnTypeIdx: u32(o + 4), parametersOff: u32(o + 8))
    }

    /// Type indices of a validated `type_list` (proto parameters, interfaces).
    public func typeList(at off: UInt32) -> [UInt32] {
        if off == 0 { return [] }
        let o = Int(off)
        guard o <= bytes.count - 4 else { return [] }
        let n = Int(u32(o))
        guard n <= (bytes.count - o - 4) / 2 else { return [] }
        return (0..<n).map { u16(o + 4 + 2 * $0) }
    }

    /// Method descriptor of a proto, e.g. `(ILjava/lang/String;)V`.
    public func protoDescriptor(_ idx: UInt32) throws -> String {
        let p = try protoId(idx)
        var s = "("
        for t in typeList(at: p.parametersOff) { s += try typeDescriptor(t) }
        s += ")"
        s += try typeDescriptor(p.returnTypeIdx)
        return s
    }

    public struct MemberId: Sendable, Hashable {
        /// Defining class (type index).
        public var classIdx: UInt32
        /// Proto index for methods, field type index for fields.
        public var protoOrTypeIdx: UInt32
        public var nameIdx: UInt32
    }

    public func methodId(_ idx: UInt32) throws -> MemberId {
        guard Int(idx) < methodCount else { throw DexError.badIndex(what: "method", index: idx, count: methodCount) }
        let o = header.methodIds.offset + 8 * Int(idx)
        return MemberId(classIdx: u16(o), protoOrTypeIdx: u16(o + 2), nameIdx: u32(o + 4))
    }

    public func fieldId(_ idx: UInt32) throws -> MemberId {
        guard Int(idx) < fieldCount else { throw DexError.badIndex(what: "field", index: idx, count: fieldCount) }
        let o = header.fieldIds.offset + 8 * Int(idx)
        return MemberId(classIdx: u16(o), protoOrTypeIdx: u16(o + 2), nameIdx: u32(o + 4))
    }

    public func methodRef(_ idx: UInt32) throws -> MethodRef {
        let m = try methodId(idx)
        return MethodRef(descriptor: try typeDescriptor(m.classIdx), name: try string(m.nameIdx),
                         proto: try protoDescriptor(m.protoOrTypeIdx))
    }

    public func fieldRef(_ idx: UInt32) throws -> FieldRef {
        let f = try fieldId(idx)
        return FieldRef(descriptor: try typeDescriptor(f.classIdx), name: try string(f.nameIdx),
                        type: try typeDescriptor(f.protoOrTypeIdx))
    }
}
