import Foundation
@testable import MingchaKit

/// Reads `dexdump -d` output: per method, the instructions' (pc, mnemonic) and the invoke targets
/// in smali form. Used to hold our decoder to the reference tool.
struct DexDumpReference {
    struct Method {
        var pcs: [Int] = []
        var mnemonics: [String] = []
        var invokes: Set<String> = []
    }
    /// Key: `com.a.B.name:(I)V` as dexdump prints it.
    var methods: [String: Method] = [:]
    /// Class descriptors in order (`Lcom/a/B;`).
    var classes: [String] = []

    init(text: String) {
        var current: String?
        var methods: [String: Method] = [:]
        var classes: [String] = []
        for lineSub in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = Substring(lineSub)
            if let r = line.range(of: "Class descriptor  : '") {
                classes.append(String(line[r.upperBound...].dropLast()))
                continue
            }
            guard let bar = line.firstIndex(of: "|") else { continue }
            let rest = line[line.index(after: bar)...]
            if rest.hasPrefix("[") {
                // "|[000a10] com.mingcha.fx.Formats.modern:(Ljava/lang/invoke/MethodHandle;)V"
                if let close = rest.firstIndex(of: "]") {
                    let name = String(rest[rest.index(close, offsetBy: 2)...])
                    current = name
                    methods[name] = Method()
                }
                continue
            }
            guard let key = current, let colon = rest.firstIndex(of: ":"),
                  let pc = Int(rest[..<colon], radix: 16) else { continue }
            let body = rest[rest.index(colon, offsetBy: 2)...]
            let mnemonic = String(body.prefix { $0 != " " })
            methods[key]?.pcs.append(pc)
            methods[key]?.mnemonics.append(mnemonic)
            if mnemonic.hasPrefix("invoke-") && !mnemonic.hasPrefix("invoke-custom"),
               let target = DexDumpReference.invokeTarget(String(body), polymorphic: mnemonic.hasPrefix("invoke-polymorphic")) {
                methods[key]?.invokes.insert(target)
            }
        }
        self.methods = methods
        self.classes = classes
    }

    /// "invoke-virtual {v0}, Ljava/lang/Object;.hashCode:()I // method@001c" -> "Ljava/lang/Object;->hashCode()I"
    static func invokeTarget(_ body: String, polymorphic: Bool) -> String? {
        guard let brace = body.range(of: "}, ") else { return nil }
        var ref = body[brace.upperBound...]
        if let c = ref.range(of: " // ") { ref = ref[..<c.lowerBound] }
        if polymorphic, let p = ref.range(of: ", (", options: .backwards) { ref = ref[..<p.lowerBound] }
        guard let colon = ref.range(of: ":("), let dot = ref[..<colon.lowerBound].lastIndex(of: ".") else { return nil }
        return String(ref[..<dot]) + "->" + String(ref[ref.index(after: dot)..<colon.lowerBound])
            + String(ref[colon.lowerBound...].dropFirst())
    }

    /// Class descriptors of `dexdump` output, found with the C library's memchr/memcmp (a
    /// Swift-level scan of hundreds of megabytes is slow in a debug build).
    static func classDescriptors(_ data: Data) -> [String] {
        let marker = Array("Class descriptor  : '".utf8)
        var out: [String] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var at = 0
            while at < raw.count, let c = memchr(base + at, Int32(marker[0]), raw.count - at) {
                let pos = UnsafeRawPointer(c) - base
                guard pos + marker.count <= raw.count, memcmp(c, marker, marker.count) == 0 else {
                    at = pos + 1; continue
                }
                let start = pos + marker.count
                guard let nl = memchr(base + start, 0x0a, raw.count - start) else { break }
                let end = UnsafeRawPointer(nl) - base
                // The line ends with the closing quote.
                let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<max(start, end - 1)])
                out.append(String(decoding: bytes, as: UTF8.self))
                at = end
            }
        }
        return out
    }

    /// Runs dexdump on a file; nil when dexdump is not installed.
    static func run(_ args: [String], file: String) -> String? {
        runData(args, file: file).map { String(decoding: $0, as: UTF8.self) }
    }

    static func runData(_ args: [String], file: String) -> Data? {
        let tool = "/usr/bin/dexdump"
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args + [file]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }
}

/// Our view of a method in dexdump's naming, and dexdump's mnemonic for payloads.
enum DexDumpNames {
    static func key(_ m: MethodRef) -> String { m.className + "." + m.name + ":" + m.proto }

    static func mnemonic(_ ins: DexInstruction, table: [DexOpcodeInfo] = DexOpcodes.standard) -> String {
        switch ins.payload {
        case .packedSwitch: return "packed-switch-data"
        case .sparseSwitch: return "sparse-switch-data"
        case .fillArrayData: return "array-data"
        case .none: return table[Int(ins.opcode)].name
        }
    }
}
