/// One decoded instruction (or payload pseudo-instruction). Operands follow the format's letters:
/// `vA`, `vB`, `vC` registers; `index` the pool reference; `literal`; `branch` a signed offset in code
/// units from `pc`. For 35c-style formats the argument registers are in `args[0..<argCount]`; for
/// range formats they are `vC ..< vC + argCount`.
public struct DexInstruction: Sendable {
    public enum Payload: Sendable, Equatable {
        case none
        case packedSwitch(count: Int)
        case sparseSwitch(count: Int)
        case fillArrayData(elementWidth: Int, count: Int)
    }

    /// Position in code units from the start of the method's instructions.
    public var pc: Int
    public var opcode: UInt8
    public var format: DexFormat
    public var indexKind: DexIndexKind
    /// Size in code units (payloads include their data).
    public var size: Int
    public var payload: Payload = .none
    public var vA: UInt32 = 0
    public var vB: UInt32 = 0
    public var vC: UInt32 = 0
    public var index: UInt32 = 0
    /// Proto index of invoke-polymorphic (45cc / 4rcc).
    public var index2: UInt32 = 0
    public var literal: Int64 = 0
    public var branch: Int32 = 0
    public var argCount: Int = 0
    public var args: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)

    public var isPayload: Bool { payload != .none }

    /// Argument registers of invoke / filled-new-array forms.
    public var registers: [UInt32] {
        switch format {
        case .f35c, .f35ms, .f35mi, .f45cc:
            let a = [args.0, args.1, args.2, args.3, args.4]
            return a.prefix(argCount).map { UInt32($0) }
        case .f3rc, .f3rms, .f3rmi, .f4rcc:
            return (0..<argCount).map { vC + UInt32($0) }
        default:
            return []
        }
    }
}

/// Walks a code item's instructions one by one, exactly as the format sizes dictate, skipping
/// switch and array payloads. Never reads outside the code item; malformed code throws.
public struct DexInstructionCursor {
    let dex: DexFile
    let code: DexCodeItem
    let table: [DexOpcodeInfo]
    let methodIdx: UInt32
    public private(set) var pc = 0

    init(dex: DexFile, code: DexCodeItem, methodIdx: UInt32, table: [DexOpcodeInfo]) {
        self.dex = dex; self.code = code; self.methodIdx = methodIdx; self.table = table
    }

    @inline(__always) private func unit(_ i: Int) -> UInt32 { dex.u16(code.insnsOff + 2 * i) }

    private func fail(_ what: String) -> DexError {
        .badInstruction(what: what, method: "method@\(methodIdx) in \(dex.name)", pc: pc)
    }

    public mutating func next() throws -> DexInstruction? {
        let n = code.insnsSize
        guard pc < n else { return nil }
        // A code item from another file (or built by hand) must still stay inside this one.
        guard code.insnsOff >= 0, n >= 0, code.insnsOff <= dex.bytes.count, n <= (dex.bytes.count - code.insnsOff) / 2 else {
            throw DexError.truncated(what: "code_item insns", offset: code.insnsOff)
        }
        let u0 = unit(pc)
        let op = UInt8(u0 & 0xff)
        if op == 0, u0 != 0 {
            return try payload(u0)
        }
        let info = table[Int(op)]
        let size = info.format.units
        guard size <= n - pc else { throw fail("\(info.name) needs \(size) code units, \(n - pc) left") }
        var ins = DexInstruction(pc: pc, opcode: op, format: info.format, indexKind: info.indexKind, size: size)
        let hi = u0 >> 8
        let p = pc
        switch info.format {
        case .f10x:
            break
        case .f12x:
            ins.vA = hi & 0xf; ins.vB = hi >> 4
        case .f11n:
            ins.vA = hi & 0xf; ins.literal = Int64(Int8(bitPattern: UInt8(hi & 0xf0)) >> 4)
        case .f11x:
            ins.vA = hi
        case .f10t:
            ins.branch = Int32(Int8(bitPattern: UInt8(hi)))
        case .f20t:
            ins.branch = Int32(Int16(bitPattern: UInt16(unit(p + 1))))
        case .f20bc:
            ins.vA = hi; ins.index = unit(p + 1)
        case .f22x:
            ins.vA = hi; ins.vB = unit(p + 1)
        case .f21t:
            ins.vA = hi; ins.branch = Int32(Int16(bitPattern: UInt16(unit(p + 1))))
        case .f21s:
            ins.vA = hi; ins.literal = Int64(Int16(bitPattern: UInt16(unit(p + 1))))
        case .f21h:
            ins.vA = hi
            let v = Int64(Int16(bitPattern: UInt16(unit(p + 1))))
            ins.literal = op == 0x19 ? v << 48 : v << 16
        case .f21c:
            ins.vA = hi; ins.index = unit(p + 1)
        case .f23x:
            ins.vA = hi; let u1 = unit(p + 1); ins.vB = u1 & 0xff; ins.vC = u1 >> 8
        case .f22b:
            ins.vA = hi; let u1 = unit(p + 1); ins.vB = u1 & 0xff
            ins.literal = Int64(Int8(bitPattern: UInt8(u1 >> 8)))
        case .f22t:
            ins.vA = hi & 0xf; ins.vB = hi >> 4; ins.branch = Int32(Int16(bitPattern: UInt16(unit(p + 1))))
        case .f22s:
            ins.vA = hi & 0xf; ins.vB = hi >> 4; ins.literal = Int64(Int16(bitPattern: UInt16(unit(p + 1))))
        case .f22c, .f22cs:
            ins.vA = hi & 0xf; ins.vB = hi >> 4; ins.index = unit(p + 1)
        case .f30t:
            ins.branch = Int32(bitPattern: unit(p + 1) | unit(p + 2) << 16)
        case .f32x:
            ins.vA = unit(p + 1); ins.vB = unit(p + 2)
        case .f31i:
            ins.vA = hi
            let v = Int32(bitPattern: unit(p + 1) | unit(p + 2) << 16)
            ins.literal = Int64(v)
        case .f31t:
            ins.vA = hi; ins.branch = Int32(bitPattern: unit(p + 1) | unit(p + 2) << 16)
        case .f31c:
            ins.vA = hi; ins.index = unit(p + 1) | unit(p + 2) << 16
        case .f35c, .f35ms, .f35mi, .f45cc:
            let count = Int(hi >> 4)
            guard count <= 5 else { throw fail("\(info.name) with \(count) arguments") }
            ins.argCount = count; ins.vA = UInt32(count)
            ins.index = unit(p + 1)
            let regs = unit(p + 2)
            ins.args = (UInt8(regs & 0xf), UInt8(regs >> 4 & 0xf), UInt8(regs >> 8 & 0xf), UInt8(regs >> 12 & 0xf),
                        UInt8(hi & 0xf))
            if info.format == .f45cc { ins.index2 = unit(p + 3) }
        case .f3rc, .f3rms, .f3rmi, .f4rcc:
            ins.argCount = Int(hi); ins.vA = hi
            ins.index = unit(p + 1); ins.vC = unit(p + 2)
            if info.format == .f4rcc { ins.index2 = unit(p + 3) }
        case .f51l:
            ins.vA = hi
            let lo = UInt64(unit(p + 1) | unit(p + 2) << 16), hi64 = UInt64(unit(p + 3) | unit(p + 4) << 16)
            ins.literal = Int64(bitPattern: lo | hi64 << 32)
        }
        try checkIndex(ins, info)
        pc += size
        return ins
    }

    /// Pool indices are checked here so every consumer can trust them.
    private func checkIndex(_ ins: DexInstruction, _ info: DexOpcodeInfo) throws {
        let count: Int
        switch info.indexKind {
        case .string: count = dex.stringCount
        case .type: count = dex.typeCount
        case .field: count = dex.fieldCount
        case .method: count = dex.methodCount
        case .methodAndProto:
            guard Int(ins.index2) < dex.protoCount else {
                throw DexError.badIndex(what: "proto (\(info.name))", index: ins.index2, count: dex.protoCount)
            }
            count = dex.methodCount
        case .callSite: count = dex.callSiteIds.count
        case .methodHandle: count = dex.methodHandles.count
        case .proto: count = dex.protoCount
        case .none, .fieldOffset, .vtableOffset, .inlineMethod, .verificationError: return
        }
        guard Int(ins.index) < count else {
            throw DexError.badIndex(what: "\(info.name) operand", index: ins.index, count: count)
        }
    }

    private mutating func payload(_ u0: UInt32) throws -> DexInstruction {
        let left = code.insnsSize - pc
        guard left >= 2 else { throw fail("payload header cut off") }
        var ins = DexInstruction(pc: pc, opcode: 0, format: .f10x, indexKind: .none, size: 0)
        let size: Int
        switch u0 {
        case 0x0100:
            let count = Int(unit(pc + 1))
            size = 4 + count * 2
            ins.payload = .packedSwitch(count: count)
        case 0x0200:
            let count = Int(unit(pc + 1))
            size = 2 + count * 4
            ins.payload = .sparseSwitch(count: count)
        case 0x0300:
            guard left >= 4 else { throw fail("fill-array-data payload header cut off") }
            let width = Int(unit(pc + 1)), count = Int(unit(pc + 2) | unit(pc + 3) << 16)
            size = 4 + (count * width + 1) / 2
            ins.payload = .fillArrayData(elementWidth: width, count: count)
        default:
            // A nop with a non-zero high byte that is not a payload: dexdump shows it as nop.
            ins.size = 1; pc += 1
            return ins
        }
        guard size <= left else { throw fail("payload of \(size) code units, \(left) left") }
        ins.size = size
        pc += size
        return ins
    }
}

extension DexFile {
    /// Instruction cursor over one method's code; `odex` picks Dalvik's optimised opcode table.
    public func instructions(of code: DexCodeItem, methodIdx: UInt32 = DexFile.noIndex,
                             odex: Bool = false) -> DexInstructionCursor {
        DexInstructionCursor(dex: self, code: code, methodIdx: methodIdx,
                             table: odex ? DexOpcodes.dalvikOdex : DexOpcodes.standard)
    }
}
