import Foundation

/// Wall time per pipeline phase, printed to stderr when `MINGCHA_TIMING` is set, so the cost of
/// each pass can be compared with inflating the DEX (the speed goal of the Android pipeline).
struct PhaseTimes {
    private var last = Date()
    private(set) var phases: [(String, Double)] = []
    let enabled = ProcessInfo.processInfo.environment["MINGCHA_TIMING"] != nil

    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = Date()
        phases.append((name, now.timeIntervalSince(last)))
        last = now
    }

    func report(_ app: String) {
        guard enabled else { return }
        let total = phases.reduce(0) { $0 + $1.1 }
        let parts = phases.map { String(format: "%@ %.3f", $0.0, $0.1) }.joined(separator: ", ")
        FileHandle.standardError.write(Data(String(format: "timing %@: total %.3f s: %@\n", app, total, parts).utf8))
    }
}
