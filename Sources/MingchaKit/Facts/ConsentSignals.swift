/// How the app asks for consent to its policy, as seen in layouts, WXML, strings and code.
/// Android: layouts, string resources and the consent dialog's click handlers.
/// Mini-program: compiled WXML, `wx.getPrivacySetting` / `agreePrivacyAuthorization` use.
public struct ConsentSignals: Codable, Hashable, Sendable {
    /// A consent flow exists (first-run policy dialog, WeChat privacy authorisation);
    /// nil when the platform facts could not tell.
    public var flowPresent: Bool?
    public var flowEvidence: [Evidence]
    /// Tick boxes next to a policy / agreement link.
    public var agreementCheckboxes: [AgreementCheckbox]
    /// "登录即代表同意"-style wording in the UI (not the policy text).
    public var impliedConsentWording: [Evidence]
    /// Handlers of a "不同意 / 拒绝" button in the consent dialog.
    public var disagreeHandlers: [DisagreeHandler]
    /// A basic / guest mode the user can continue in after disagreeing.
    public var guestMode: Bool?

    public init(flowPresent: Bool? = nil, flowEvidence: [Evidence] = [], agreementCheckboxes: [AgreementCheckbox] = [],
                impliedConsentWording: [Evidence] = [], disagreeHandlers: [DisagreeHandler] = [], guestMode: Bool? = nil) {
        self.flowPresent = flowPresent; self.flowEvidence = flowEvidence; self.agreementCheckboxes = agreementCheckboxes
        self.impliedConsentWording = impliedConsentWording; self.disagreeHandlers = disagreeHandlers; self.guestMode = guestMode
    }
}

public struct AgreementCheckbox: Codable, Hashable, Sendable {
    /// Checked in the layout / WXML as shipped (`android:checked="true"`, `checked="{{true}}"`).
    public var checkedByDefault: Bool
    /// The element and the agreement text next to it.
    public var evidence: [Evidence]
    public init(checkedByDefault: Bool, evidence: [Evidence]) { self.checkedByDefault = checkedByDefault; self.evidence = evidence }
}

public struct DisagreeHandler: Codable, Hashable, Sendable {
    /// Class/method (Android) or page/handler (mini-program) of the disagree action.
    public var site: String
    /// The handler ends the app (`finish()` of the last activity, `System.exit`, `killProcess`,
    /// `wx.exitMiniProgram`) or re-shows the dialog in a loop.
    public var exits: Bool
    /// The call that exits, as a descriptor.
    public var exitCall: String?
    public var evidence: [Evidence]
    public init(site: String, exits: Bool, exitCall: String? = nil, evidence: [Evidence]) {
        self.site = site; self.exits = exits; self.exitCall = exitCall; self.evidence = evidence
    }
}
