import MingchaKit

// The scan server's request line (`mingcha scan-server`): parse and check it as the server does
// before it forks. Any line must give a request within limits or a refusal, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServerRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let r) = ScanServer.request(from: line) {
        precondition(!r.arguments.isEmpty && r.memoryKB >= 1 && r.memoryKB <= Int.max / 1024 && r.cpuSeconds >= 1)
    }
    return 0
}
