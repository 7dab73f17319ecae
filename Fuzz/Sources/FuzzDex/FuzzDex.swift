import MingchaKit

// DEX: parse the file, then index it (class defs, code items, every instruction's operands).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDex(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let dex = try? DexFile.parse(bytes, name: "classes.dex") else { return 0 }
    _ = try? DexIndex.build([dex])
    return 0
}
