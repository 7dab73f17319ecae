/// What else the policy says, beyond the fields rules read today: user rights, children,
/// sensitive information and separate consent, self-start, background collection, third-party
/// sharing and how the policy is updated. Each flag comes with the sentences that set it.
public struct PolicyDetails: Codable, Hashable, Sendable {
    /// Rights the policy tells the user how to exercise: access, correct, delete, copy, withdraw, deleteAccount.
    public var rights: [String] = []
    public var rightsEvidence: [Evidence] = []
    /// A section or clause on children / minors under 14.
    public var children = false
    public var childrenEvidence: [Evidence] = []
    /// Sensitive personal information is named as such.
    public var sensitiveInfo = false
    /// Separate consent (单独同意) is described.
    public var separateConsent = false
    public var sensitiveEvidence: [Evidence] = []
    /// Self-start or associated start (自启动 / 关联启动) is described.
    public var selfStart = false
    public var selfStartEvidence: [Evidence] = []
    /// Collection or running in the background is described.
    public var backgroundCollection = false
    public var backgroundEvidence: [Evidence] = []
    /// Sharing with third parties or SDKs is described (list or not).
    public var thirdPartySharing = false
    public var thirdPartyEvidence: [Evidence] = []
    /// The policy says how it is updated and how users are told.
    public var updatesDescribed = false
    public var updatesEvidence: [Evidence] = []
    /// The complaint / report sentences behind `ContactTerms.complaintChannel`.
    public var complaintEvidence: [Evidence] = []
    /// Where the deletion path is described (settings page, customer service, e-mail...).
    public var deletionPath: [String] = []
    public init() {}
}
