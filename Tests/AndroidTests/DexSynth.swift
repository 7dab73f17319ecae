import Foundation
@testable import MingchaKit

/// Writes small, valid-by-construction DEX files for tests that need shapes smali cannot produce
/// (shared code items, shared class data, hundreds of thousands of invokes).
struct DexSynth {
    struct ClassDef { var type: UInt32; var superType: UInt32; var data: Int? }
    /// An encoded (direct) method: absolute method index, and which of `codes` it runs.
    struct Method { var idx: UInt32; var code: Int? }

    var strings: [String] = []
    var types: [UInt32] = []
    var protos: [(shorty: UInt32, ret: UInt32, params: [UInt16])] = []
    var methods: [(cls: UInt16, proto: UInt16, name: UInt32)] = []
    var classes: [ClassDef] = []
    var classDatas: [[Method]] = []
    var codes: [[UInt16]] = []

    func build() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 0x70)
        func align4() { while out.count % 4 != 0 { out.append(0) } }
        func u16(_ v: UInt16) { out.append(UInt8(v & 0xff)); out.append(UInt8(v >> 8)) }
        func u32(_ v: UInt32) { for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
        func set32(_ at: Int, _ v: Int) { for i in 0..<4 { out[at + i] = UInt8(truncatingIfNeeded: v >> (8 * i)) } }
        func uleb(_ v: UInt32) {
            var v = v
            repeat {
                var b = UInt8(v & 0x7f); v >>= 7
                if v != 0 { b |= 0x80 }
                out.append(b)
            } while v != 0
        }
        let stringIds = out.count; out += [UInt8](repeating: 0, count: 4 * strings.count)
        let typeIds = out.count; for t in types { u32(t) }
        let protoIds = out.count; out += [UInt8](repeating: 0, count: 12 * protos.count)
        let methodIds = out.count; for m in methods { u16(m.cls); u16(m.proto); u32(m.name) }
        let classDefs = out.count; out += [UInt8](repeating: 0, count: 32 * classes.count)
        let data = out.count
        for (i, s) in strings.enumerated() {
            set32(stringIds + 4 * i, out.count)
            uleb(UInt32(s.utf16.count)); out += Array(s.utf8); out.append(0)
        }
        for (i, p) in protos.enumerated() {
            align4()
            let off = p.params.isEmpty ? 0 : out.count
            if !p.params.isEmpty { u32(UInt32(p.params.count)); for t in p.params { u16(t) } }
            set32(protoIds + 12 * i, Int(p.shorty)); set32(protoIds + 12 * i + 4, Int(p.ret)); set32(protoIds + 12 * i + 8, off)
        }
        var codeOffs: [Int] = []
        for c in codes {
            align4(); codeOffs.append(out.count)
            u16(8); u16(0); u16(5); u16(0); u32(0); u32(UInt32(c.count))
            for unit in c { u16(unit) }
        }
        var dataOffs: [Int] = []
        for cd in classDatas {
            dataOffs.append(out.count)
            uleb(0); uleb(0); uleb(UInt32(cd.count)); uleb(0)
            var prev: UInt32 = 0
            for (k, m) in cd.enumerated() {
                uleb(k == 0 ? m.idx : m.idx - prev); prev = m.idx
                uleb(0x9)                                     // public static
                uleb(m.code.map { UInt32(codeOffs[$0]) } ?? 0)
            }
        }
        for (i, c) in classes.enumerated() {
            let o = classDefs + 32 * i
            set32(o, Int(c.type)); set32(o + 4, 1); set32(o + 8, Int(c.superType))
            set32(o + 16, -1); set32(o + 24, c.data.map { dataOffs[$0] } ?? 0)
        }
        out.replaceSubrange(0..<8, with: Array("dex\n035".utf8) + [0])
        set32(32, out.count); set32(36, 0x70); set32(40, 0x1234_5678)
        for (k, (count, off)) in [(strings.count, stringIds), (types.count, typeIds), (protos.count, protoIds), (0, 0),
                                  (methods.count, methodIds), (classes.count, classDefs), (out.count - data, data)].enumerated() {
            set32(56 + 8 * k, count); set32(60 + 8 * k, count == 0 ? 0 : off)
        }
        return out
    }

    /// One class `LA;` with `methods` static methods m0...; method i runs `code(i)`.
    static func oneClass(methods n: Int, sharedCode: [UInt16]? = nil, code: (Int) -> [UInt16] = { _ in [0x000e] }) -> DexSynth {
        var s = DexSynth()
        s.strings = ["LA;", "Ljava/lang/Object;", "V"] + (0..<n).map { "m\($0)" }
        s.types = [0, 1, 2]
        s.protos = [(shorty: 2, ret: 2, params: [])]
        s.methods = (0..<n).map { (cls: 0, proto: 0, name: UInt32(3 + $0)) }
        s.classes = [ClassDef(type: 0, superType: 1, data: 0)]
        if let shared = sharedCode {
            s.codes = [shared]
            s.classDatas = [(0..<n).map { Method(idx: UInt32($0), code: 0) }]
        } else {
            s.codes = (0..<n).map(code)
            s.classDatas = [(0..<n).map { Method(idx: UInt32($0), code: $0) }]
        }
        return s
    }
}
