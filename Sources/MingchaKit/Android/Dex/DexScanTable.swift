/// The standard opcode table cut down to what a walk over code needs to find pool references:
/// no names, no per-instruction value, so the index builder can skip instructions by size alone.
struct DexScanTable {
    struct Entry {
        /// Size in code units.
        var units: Int
        var kind: DexIndexKind
        /// The index is 32 bits (31c: const-string/jumbo).
        var wideIndex: Bool
        /// 35c-style: the argument count in the high nibble must be at most 5.
        var countsArguments: Bool
        /// 45cc / 4rcc: a proto index in the fourth unit.
        var hasProto: Bool
    }

    let entries: [Entry]

    static let standard = DexScanTable(DexOpcodes.standard)

    init(_ table: [DexOpcodeInfo]) {
        entries = table.map { info in
            let f = info.format
            return Entry(units: f.units, kind: info.indexKind, wideIndex: f == .f31c,
                         countsArguments: f == .f35c || f == .f35ms || f == .f35mi || f == .f45cc,
                         hasProto: f == .f45cc || f == .f4rcc)
        }
    }
}
