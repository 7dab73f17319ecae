import Foundation

/// Wall time per pipeline phase and the peak resident memory at its end, printed to stderr when
/// `MINGCHA_TIMING` is set, so the cost of each pass can be compared with inflating the DEX (the
/// speed goal of the Android pipeline) and the phase that sets the memory peak is known.
struct PhaseTimes {
    private var last = Date()
    private(set) var phases: [(String, Double, Int)] = []
    let enabled = ProcessInfo.processInfo.environment["MINGCHA_TIMING"] != nil

    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = Date()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        phases.append((name, now.timeIntervalSince(last), usage.ru_maxrss / 1024))
        last = now
    }

    func report(_ app: String) {
        guard enabled else { return }
        let total = phases.reduce(0) { $0 + $1.1 }
        let parts = phases.map { String(format: "%@ %.3f (%d MB)", $0.0, $0.1, $0.2) }.joined(separator: ", ")
        FileHandle.standardError.write(Data(String(format: "timing %@: total %.3f s: %@\n", app, total, parts).utf8))
    }
}
