/// What the app's own UI text offers (string resources, layouts, WXML), for rules that ask
/// "is there a way to do X in the app".
public struct UISignals: Codable, Hashable, Sendable {
    /// The UI text was searched (otherwise empty lists mean "not looked").
    public var searched: Bool
    /// The app has user accounts (login / register screens, account SDKs).
    public var hasAccounts: Bool
    public var accountEvidence: [Evidence]
    /// An account-deletion entry ("注销账号", "删除账户").
    public var accountDeletionEntry: [Evidence]
    /// A switch for personalised recommendation / ads ("个性化推荐", "关闭个性化广告").
    public var personalisationSwitch: [Evidence]
    /// A way to withdraw consent ("撤回同意").
    public var withdrawConsentEntry: [Evidence]
    /// An entry to the privacy policy in settings / about screens.
    public var policyEntry: [Evidence]

    public init(searched: Bool = false, hasAccounts: Bool = false, accountEvidence: [Evidence] = [],
                accountDeletionEntry: [Evidence] = [], personalisationSwitch: [Evidence] = [],
                withdrawConsentEntry: [Evidence] = [], policyEntry: [Evidence] = []) {
        self.searched = searched; self.hasAccounts = hasAccounts; self.accountEvidence = accountEvidence
        self.accountDeletionEntry = accountDeletionEntry; self.personalisationSwitch = personalisationSwitch
        self.withdrawConsentEntry = withdrawConsentEntry; self.policyEntry = policyEntry
    }
}
