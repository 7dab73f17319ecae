/// The Dalvik instruction formats (names from the Dalvik bytecode spec: units, registers, kind).
public enum DexFormat: UInt8, Sendable, CaseIterable {
    case f10x, f12x, f11n, f11x, f10t, f20t, f20bc, f22x, f21t, f21s, f21h, f21c, f23x, f22b, f22t, f22s, f22c, f22cs,
         f30t, f32x, f31i, f31t, f31c, f35c, f35ms, f35mi, f3rc, f3rms, f3rmi, f45cc, f4rcc, f51l

    /// Size in 16-bit code units.
    public var units: Int {
        switch self {
        case .f10x, .f12x, .f11n, .f11x, .f10t: return 1
        case .f20t, .f20bc, .f22x, .f21t, .f21s, .f21h, .f21c, .f23x, .f22b, .f22t, .f22s, .f22c, .f22cs: return 2
        case .f30t, .f32x, .f31i, .f31t, .f31c, .f35c, .f35ms, .f35mi, .f3rc, .f3rms, .f3rmi: return 3
        case .f45cc, .f4rcc: return 4
        case .f51l: return 5
        }
    }
}

/// What an instruction's index operand points at.
public enum DexIndexKind: UInt8, Sendable {
    case none, string, type, field, method, methodAndProto, callSite, methodHandle, proto
    /// Optimised (odex) forms: a field byte offset, a vtable slot, an inline-method number.
    case fieldOffset, vtableOffset, inlineMethod
    /// throw-verification-error: kind in AA, reference in BBBB.
    case verificationError
}

public struct DexOpcodeInfo: Sendable {
    public var name: String
    public var format: DexFormat
    public var indexKind: DexIndexKind
}

/// Opcode tables. `standard` is the DEX format (035-041, including invoke-polymorphic/custom and
/// const-method-handle/type); `dalvikOdex` reassigns 0xe3-0xff to Dalvik's optimised opcodes, which
/// only appear in pre-ART odex files. Unused opcodes decode as one-unit 10x, as dexdump shows them.
public enum DexOpcodes {
    public static let standard: [DexOpcodeInfo] = build(odex: false)
    public static let dalvikOdex: [DexOpcodeInfo] = build(odex: true)

    private static func build(odex: Bool) -> [DexOpcodeInfo] {
        var t = [DexOpcodeInfo](repeating: DexOpcodeInfo(name: "unused", format: .f10x, indexKind: .none), count: 256)
        func set(_ op: Int, _ name: String, _ f: DexFormat, _ k: DexIndexKind = .none) {
            t[op] = DexOpcodeInfo(name: name, format: f, indexKind: k)
        }
        func run(_ first: Int, _ names: [String], _ f: DexFormat, _ k: DexIndexKind = .none) {
            for (i, n) in names.enumerated() { set(first + i, n, f, k) }
        }
        set(0x00, "nop", .f10x)
        run(0x01, ["move", "move/from16", "move/16", "move-wide", "move-wide/from16", "move-wide/16",
                   "move-object", "move-object/from16", "move-object/16"], .f12x)
        for op in [0x02, 0x05, 0x08] { t[op].format = .f22x }
        for op in [0x03, 0x06, 0x09] { t[op].format = .f32x }
        run(0x0a, ["move-result", "move-result-wide", "move-result-object", "move-exception"], .f11x)
        set(0x0e, "return-void", .f10x)
        run(0x0f, ["return", "return-wide", "return-object"], .f11x)
        set(0x12, "const/4", .f11n); set(0x13, "const/16", .f21s); set(0x14, "const", .f31i)
        set(0x15, "const/high16", .f21h); set(0x16, "const-wide/16", .f21s); set(0x17, "const-wide/32", .f31i)
        set(0x18, "const-wide", .f51l); set(0x19, "const-wide/high16", .f21h)
        set(0x1a, "const-string", .f21c, .string); set(0x1b, "const-string/jumbo", .f31c, .string)
        set(0x1c, "const-class", .f21c, .type)
        set(0x1d, "monitor-enter", .f11x); set(0x1e, "monitor-exit", .f11x)
        set(0x1f, "check-cast", .f21c, .type); set(0x20, "instance-of", .f22c, .type)
        set(0x21, "array-length", .f12x); set(0x22, "new-instance", .f21c, .type)
        set(0x23, "new-array", .f22c, .type)
        set(0x24, "filled-new-array", .f35c, .type); set(0x25, "filled-new-array/range", .f3rc, .type)
        set(0x26, "fill-array-data", .f31t); set(0x27, "throw", .f11x)
        set(0x28, "goto", .f10t); set(0x29, "goto/16", .f20t); set(0x2a, "goto/32", .f30t)
        set(0x2b, "packed-switch", .f31t); set(0x2c, "sparse-switch", .f31t)
        run(0x2d, ["cmpl-float", "cmpg-float", "cmpl-double", "cmpg-double", "cmp-long"], .f23x)
        run(0x32, ["if-eq", "if-ne", "if-lt", "if-ge", "if-gt", "if-le"], .f22t)
        run(0x38, ["if-eqz", "if-nez", "if-ltz", "if-gez", "if-gtz", "if-lez"], .f21t)
        let kinds = ["", "-wide", "-object", "-boolean", "-byte", "-char", "-short"]
        run(0x44, kinds.map { "aget" + $0 } + kinds.map { "aput" + $0 }, .f23x)
        run(0x52, kinds.map { "iget" + $0 } + kinds.map { "iput" + $0 }, .f22c, .field)
        run(0x60, kinds.map { "sget" + $0 } + kinds.map { "sput" + $0 }, .f21c, .field)
        let invokes = ["virtual", "super", "direct", "static", "interface"]
        run(0x6e, invokes.map { "invoke-" + $0 }, .f35c, .method)
        run(0x74, invokes.map { "invoke-" + $0 + "/range" }, .f3rc, .method)
        run(0x7b, ["neg-int", "not-int", "neg-long", "not-long", "neg-float", "neg-double", "int-to-long",
                   "int-to-float", "int-to-double", "long-to-int", "long-to-float", "long-to-double", "float-to-int",
                   "float-to-long", "float-to-double", "double-to-int", "double-to-long", "double-to-float",
                   "int-to-byte", "int-to-char", "int-to-short"], .f12x)
        let intOps = ["add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"]
        let fpOps = ["add", "sub", "mul", "div", "rem"]
        let binops = intOps.map { $0 + "-int" } + intOps.map { $0 + "-long" }
            + fpOps.map { $0 + "-float" } + fpOps.map { $0 + "-double" }
        run(0x90, binops, .f23x)
        run(0xb0, binops.map { $0 + "/2addr" }, .f12x)
        run(0xd0, ["add-int/lit16", "rsub-int", "mul-int/lit16", "div-int/lit16", "rem-int/lit16",
                   "and-int/lit16", "or-int/lit16", "xor-int/lit16"], .f22s)
        run(0xd8, ["add-int/lit8", "rsub-int/lit8"] + intOps.dropFirst(2).map { $0 + "-int/lit8" }, .f22b)
        if odex {
            run(0xe3, ["iget-volatile", "iput-volatile"], .f22c, .field)
            run(0xe5, ["sget-volatile", "sput-volatile"], .f21c, .field)
            run(0xe7, ["iget-object-volatile", "iget-wide-volatile", "iput-wide-volatile"], .f22c, .field)
            run(0xea, ["sget-wide-volatile", "sput-wide-volatile"], .f21c, .field)
            set(0xec, "breakpoint", .f10x)
            set(0xed, "throw-verification-error", .f20bc, .verificationError)
            set(0xee, "execute-inline", .f35mi, .inlineMethod)
            set(0xef, "execute-inline/range", .f3rmi, .inlineMethod)
            set(0xf0, "invoke-object-init/range", .f3rc, .method)
            set(0xf1, "return-void-barrier", .f10x)
            run(0xf2, ["iget-quick", "iget-wide-quick", "iget-object-quick", "iput-quick", "iput-wide-quick",
                       "iput-object-quick"], .f22cs, .fieldOffset)
            set(0xf8, "invoke-virtual-quick", .f35ms, .vtableOffset)
            set(0xf9, "invoke-virtual-quick/range", .f3rms, .vtableOffset)
            set(0xfa, "invoke-super-quick", .f35ms, .vtableOffset)
            set(0xfb, "invoke-super-quick/range", .f3rms, .vtableOffset)
            set(0xfc, "iput-object-volatile", .f22c, .field)
            run(0xfd, ["sget-object-volatile", "sput-object-volatile"], .f21c, .field)
        } else {
            set(0xfa, "invoke-polymorphic", .f45cc, .methodAndProto)
            set(0xfb, "invoke-polymorphic/range", .f4rcc, .methodAndProto)
            set(0xfc, "invoke-custom", .f35c, .callSite)
            set(0xfd, "invoke-custom/range", .f3rc, .callSite)
            set(0xfe, "const-method-handle", .f21c, .methodHandle)
            set(0xff, "const-method-type", .f21c, .proto)
        }
        return t
    }
}
