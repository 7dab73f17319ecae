import MingchaKit

// Zip reader: open the bytes as an archive, then inflate every entry under small limits, so bombs
// and lying sizes are exercised without the fuzzer itself running out of memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var limits = ScanLimits()
    limits.maxEntries = 2_000
    limits.maxEntryBytes = 4 << 20
    limits.maxTotalBytes = 16 << 20
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let zip = try? ZipArchive(bytes: bytes, name: "fuzz.zip", limits: limits, budget: InflateBudget(limits: limits)) else { return 0 }
    for e in zip.entries.prefix(64) { _ = try? zip.read(e) }
    return 0
}
