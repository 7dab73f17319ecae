import MingchaKit

// Policy reader: the bytes as an in-package policy candidate (decode, HTML/text extraction,
// structure, facts). The first byte picks the file name, so both the HTML and the text paths run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let names = ["assets/privacy.html", "assets/privacy.txt", "assets/privacy.md", "res/raw/privacy_policy"]
    let name = names[Int(data[0]) % names.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var limits = ScanLimits()
    limits.maxPolicyBytes = 1 << 20
    _ = try? PolicyFinder.summary(suppliedPath: nil, candidates: [PolicyCandidate(path: name, bytes: bytes)], urls: [], limits: limits)
    return 0
}
