extension DexIndexBuilder {
    /// Records a method's references (invokes, const-strings, field accesses, types, app resource
    /// ids) by instruction size alone, without building a `DexInstruction` per instruction; it makes
    /// every check `DexInstructionCursor` makes. Returns false at the first fault the cursor would
    /// throw on (or at the call-site limit), having recorded the instructions before it; the caller
    /// then undoes them and walks the method with the cursor, which names the fault. Errors in the
    /// referenced pool items are thrown as the cursor walk throws them.
    mutating func scanReferences(_ dex: DexFile, _ caller: Int32, _ code: DexCodeItem, _ ids: inout LocalIds) throws -> Bool {
        let bytes = dex.bytes
        let table = DexScanTable.standard.entries
        let n = code.insnsSize, base = code.insnsOff
        guard base >= 0, n >= 0, base <= bytes.count, n <= (bytes.count - base) / 2 else { return false }
        @inline(__always) func unit(_ i: Int) -> UInt32 {
            UInt32(bytes[base + 2 * i]) | UInt32(bytes[base + 2 * i + 1]) << 8
        }
        var pc = 0
        while pc < n {
            let u0 = unit(pc)
            let op = Int(u0 & 0xff)
            if op == 0 && u0 != 0 {
                guard let size = payloadSize(u0, at: pc, left: n - pc, unit) else { return false }
                pc += size
                continue
            }
            let e = table[op]
            guard e.units <= n - pc else { return false }
            if e.countsArguments && u0 >> 12 > 5 { return false }
            let p = pc
            pc += e.units
            let count: Int
            switch e.kind {
            case .none:
                // Resource ids of the app's own package, for code that names strings/layouts by id.
                if op == 0x14 || op == 0x15 {
                    let literal = op == 0x14 ? Int64(Int32(bitPattern: unit(p + 1) | unit(p + 2) << 16))
                                             : Int64(Int16(bitPattern: UInt16(unit(p + 1)))) << 16
                    if (0x7f00_0000...0x7fff_ffff).contains(literal) {
                        index.resourceLiterals.append(caller, Int32(literal), UInt8(op))
                    }
                }
                continue
            case .fieldOffset, .vtableOffset, .inlineMethod, .verificationError: continue
            case .string: count = dex.stringCount
            case .type: count = dex.typeCount
            case .field: count = dex.fieldCount
            case .method: count = dex.methodCount
            case .methodAndProto:
                guard Int(unit(p + 3)) < dex.protoCount else { return false }
                count = dex.methodCount
            case .callSite: count = dex.callSiteIds.count
            case .methodHandle: count = dex.methodHandles.count
            case .proto: count = dex.protoCount
            }
            let i = e.wideIndex ? unit(p + 1) | unit(p + 2) << 16 : unit(p + 1)
            guard Int(i) < count else { return false }
            switch e.kind {
            case .method, .methodAndProto:
                guard !callsFull else { continue }
                guard index.calls.count < limits.maxCallEdges else { return false }
                index.calls.append(caller, try method(i, dex, &ids), UInt8(op))
            case .string:
                index.constStrings.append(caller, try string(i, dex, &ids), UInt8(op))
            case .field:
                index.fieldAccesses.append(caller, try field(i, dex, &ids), UInt8(op))
            case .type:
                index.typeRefs.append(caller, try type(i, dex, &ids), UInt8(op))
            default:
                continue
            }
        }
        return true
    }

    /// Size of the switch / array payload at `pc` (1 for a nop with a non-zero high byte), nil
    /// when it does not fit in the `left` code units.
    private func payloadSize(_ u0: UInt32, at pc: Int, left: Int, _ unit: (Int) -> UInt32) -> Int? {
        guard left >= 2 else { return nil }
        let size: Int
        switch u0 {
        case 0x0100: size = 4 + Int(unit(pc + 1)) * 2
        case 0x0200: size = 2 + Int(unit(pc + 1)) * 4
        case 0x0300:
            guard left >= 4 else { return nil }
            size = 4 + (Int(unit(pc + 2) | unit(pc + 3) << 16) * Int(unit(pc + 1)) + 1) / 2
        default: return 1
        }
        return size <= left ? size : nil
    }
}

extension DexIndex {
    /// Edge counts of the per-method lists, to undo a method's edges while building.
    struct EdgeCounts {
        var calls, constStrings, fieldAccesses, typeRefs, resourceLiterals: Int
    }

    var edgeCounts: EdgeCounts {
        EdgeCounts(calls: calls.count, constStrings: constStrings.count, fieldAccesses: fieldAccesses.count,
                   typeRefs: typeRefs.count, resourceLiterals: resourceLiterals.count)
    }

    mutating func truncateEdges(to c: EdgeCounts) {
        calls.truncate(to: c.calls); constStrings.truncate(to: c.constStrings)
        fieldAccesses.truncate(to: c.fieldAccesses); typeRefs.truncate(to: c.typeRefs)
        resourceLiterals.truncate(to: c.resourceLiterals)
    }
}
