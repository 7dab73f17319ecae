/// Android facts without a mini-program counterpart that rules still need.
public struct AndroidTraits: Codable, Hashable, Sendable {
    public var targetSdkVersion: Int?
    public var minSdkVersion: Int?
    /// Evidence that the app installs other packages (REQUEST_INSTALL_PACKAGES together with
    /// PackageInstaller / ACTION_VIEW of `application/vnd.android.package-archive`).
    public var installsPackages: [Evidence]
    /// Packers / protectors found; their code cannot be judged statically.
    public var packers: [String]
    public var packerEvidence: [Evidence]
    public init(targetSdkVersion: Int? = nil, minSdkVersion: Int? = nil, installsPackages: [Evidence] = [],
                packers: [String] = [], packerEvidence: [Evidence] = []) {
        self.targetSdkVersion = targetSdkVersion; self.minSdkVersion = minSdkVersion
        self.installsPackages = installsPackages; self.packers = packers; self.packerEvidence = packerEvidence
    }
}
