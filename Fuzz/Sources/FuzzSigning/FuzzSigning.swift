import MingchaKit

// APK signing: the input is a whole APK (seeded with signed ones), so mutations land in the
// v1 signature files and in the signing block before the central directory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSigning(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var limits = ScanLimits()
    limits.maxEntryBytes = 4 << 20
    limits.maxTotalBytes = 16 << 20
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let zip = try? ZipArchive(bytes: bytes, name: "fuzz.apk", limits: limits, budget: InflateBudget(limits: limits)) else { return 0 }
    _ = ApkSigning.read(path: "fuzz.apk", archive: zip)
    return 0
}
