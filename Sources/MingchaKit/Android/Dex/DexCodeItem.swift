/// A `code_item`: register counts and where the instructions are. Try blocks and debug info are
/// located but not decoded (call sites do not need them).
public struct DexCodeItem: Sendable, Hashable {
    public var offset: Int
    public var registersSize: UInt16
    public var insSize: UInt16
    public var outsSize: UInt16
    public var triesSize: UInt16
    public var debugInfoOff: UInt32
    /// Instruction count in 16-bit code units.
    public var insnsSize: Int
    /// Absolute byte offset of the first instruction.
    public var insnsOff: Int
}

extension DexFile {
    public func codeItem(at off: UInt32) throws -> DexCodeItem {
        let o = Int(off)
        guard off != 0, o >= DexHeader.size, o <= bytes.count - 16 else {
            throw DexError.badOffset(what: "code_item", offset: off)
        }
        let n = Int(u32(o + 12))
        guard n <= (bytes.count - o - 16) / 2 else { throw DexError.truncated(what: "code_item insns", offset: o) }
        return DexCodeItem(offset: o, registersSize: UInt16(u16(o)), insSize: UInt16(u16(o + 2)),
                           outsSize: UInt16(u16(o + 4)), triesSize: UInt16(u16(o + 6)),
                           debugInfoOff: u32(o + 8), insnsSize: n, insnsOff: o + 16)
    }
}
