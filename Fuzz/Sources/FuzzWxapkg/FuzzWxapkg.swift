import MingchaKit

// Mini-program packages: plain wxapkg, PC-encrypted V1MMWX (decrypted with a fixed appid) and
// TPKG, through the loader the scanner uses; then every entry's bytes are sliced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWxapkg(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let loaded = try? WxapkgLoader.load(bytes: bytes, label: "fuzz.wxapkg", path: "fuzz.wxapkg",
                                              appid: "wx0123456789abcdef", limits: ScanLimits()) else { return 0 }
    for e in loaded.package.entries.prefix(256) { _ = loaded.package.data(e).count }
    return 0
}
