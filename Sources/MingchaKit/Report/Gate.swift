/// The CI gate: which findings fail a build. A finding fails when its severity is at or above the
/// threshold and the baseline does not accept it. Exit codes: 0 pass, 1 fail, 3 not scanned
/// (2, usage errors, is the command line's).
public struct Gate: Sendable {
    public var threshold: Severity?
    public var baseline: Baseline

    public init(threshold: Severity?, baseline: Baseline = Baseline()) {
        self.threshold = threshold; self.baseline = baseline
    }

    public struct Verdict: Sendable {
        public var exitCode: Int32
        public var failing: [Finding]
        public var accepted: Int
    }

    public func judge(_ r: ScanReport) -> Verdict {
        if r.status == .error { return Verdict(exitCode: 3, failing: [], accepted: 0) }
        guard let threshold else { return Verdict(exitCode: 0, failing: [], accepted: 0) }
        var failing: [Finding] = []
        var accepted = 0
        for (f, fp) in Fingerprint.all(r) where f.severity >= threshold {
            if baseline.accepts(fp) { accepted += 1 } else { failing.append(f) }
        }
        return Verdict(exitCode: failing.isEmpty ? 0 : 1, failing: failing, accepted: accepted)
    }
}
