/// What a platform pipeline (Android, mini-program) hands the scanner: the app's facts before the
/// policy is attached and `AppFactsBuilder.finish` runs, what could not be read, and where a
/// privacy policy may be.
public struct PlatformScan: Sendable {
    public var facts: AppFacts
    /// Parts of the package that could not be read; the scan is then `partial`.
    public var problems: [ScanProblem]
    /// Files in the package that may hold the privacy policy.
    public var policyCandidates: [PolicyCandidate]
    /// Policy-looking URLs found in the package (strings, resources, config).
    public var policyURLs: [String]
    /// The parsed APK (manifest, signing, inventory, code size); nil for mini-programs.
    public var androidPackage: AndroidPackage?
    public init(facts: AppFacts, problems: [ScanProblem] = [], policyCandidates: [PolicyCandidate] = [], policyURLs: [String] = []) {
        self.facts = facts; self.problems = problems; self.policyCandidates = policyCandidates; self.policyURLs = policyURLs
    }
}
