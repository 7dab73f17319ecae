/// An API the platform requires the app to declare before use, and whether it did.
/// Mini-program: location APIs must be listed in `requiredPrivateInfos` (since 2022-07-14).
/// Android: a permission a used API needs but the manifest lacks (the call fails at run time).
public struct DeclarationFact: Codable, Hashable, Sendable {
    /// The API used (`wx.getLocation`, an API descriptor).
    public var api: String
    public var infoTypes: [InfoType]
    /// Where the declaration belongs (`app.json requiredPrivateInfos`, `AndroidManifest.xml uses-permission`).
    public var declaredIn: String
    public var declared: Bool
    /// The use site(s) and the config that lacks it.
    public var evidence: [Evidence]
    public init(api: String, infoTypes: [InfoType] = [], declaredIn: String, declared: Bool, evidence: [Evidence]) {
        self.api = api; self.infoTypes = infoTypes; self.declaredIn = declaredIn; self.declared = declared; self.evidence = evidence
    }
}
