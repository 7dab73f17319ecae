import MingchaKit

// resources.arsc: parse the table, then resolve every entry (references, configs, strings), as the
// manifest and layout readers do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArsc(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? ResourceTable.parse(bytes) else { return 0 }
    for (id, _) in table.allEntries().prefix(2_000) {
        _ = table.resolve(id)
        _ = table.string(id, locale: "zh-CN")
        _ = table.name(of: id)
    }
    _ = table.allStrings().count
    _ = table.files(type: "layout")
    return 0
}
