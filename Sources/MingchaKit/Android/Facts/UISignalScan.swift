/// What the UI text offers (UISignals) and implied-consent wording, by the phrases Chinese apps
/// use for these entries. Matching is case-insensitive on the whole string.
enum UISignalScan {
    static let account = Phrases(["登录", "登入", "注册账号", "注册帐号", "立即注册", "手机号登录", "验证码登录", "sign in", "log in", "sign up"])
    static let deletion = Phrases(["注销账号", "注销账户", "注销帐号", "注销帐户", "账号注销", "账户注销", "帐号注销", "删除账号", "删除账户",
                           "delete account", "delete my account", "close account"])
    static let personalisation = Phrases(["个性化推荐", "个性化广告", "个性化内容推荐", "个性化推送", "程序化广告",
                                  "personalized recommendation", "personalised recommendation", "personalized ads", "personalised ads"])
    static let withdraw = Phrases(["撤回同意", "撤回授权", "撤销同意", "撤销授权", "撤回隐私", "withdraw consent", "revoke consent"])
    static let policy = Phrases(["隐私政策", "隐私协议", "隐私权政策", "隐私保护指引", "隐私保护政策", "个人信息保护政策", "privacy policy"])
    /// "By logging in you agree": a consent inferred from use, not given.
    static let implied = Phrases(["即视为同意", "即视为您同意", "即视为您已同意", "视为您已同意", "视为您同意", "即代表同意", "即代表您同意",
                          "即代表您已同意", "即代表您已阅读并同意", "即表示同意", "即表示您同意", "即表示您已阅读并同意",
                          "默认同意", "by continuing you agree", "by logging in you agree", "by signing in you agree",
                          "by signing up you agree", "by using this app you agree"])
    /// Agreement words that make implied wording about the policy rather than anything else.
    static let agreementWords = Phrases(["协议", "政策", "条款", "指引", "agreement", "policy", "terms"])

    static let agreeWords = Phrases(["同意", "agree"])

    /// Evidence items kept per signal.
    static let examples = 5

    static func signals(_ text: UIText) -> UISignals {
        var ui = UISignals(searched: true)
        ui.accountEvidence = hits(text, account)
        ui.hasAccounts = !ui.accountEvidence.isEmpty
        ui.accountDeletionEntry = hits(text, deletion)
        ui.personalisationSwitch = hits(text, personalisation)
        ui.withdrawConsentEntry = hits(text, withdraw)
        ui.policyEntry = hits(text, policy)
        return ui
    }

    static func impliedConsent(_ text: UIText) -> [Evidence] {
        var out: [Evidence] = []
        for item in text.items where out.count < examples {
            if implied.matches(item.key) && agreementWords.matches(item.key) {
                out.append(item.evidence)
            }
        }
        return out
    }

    static func hits(_ text: UIText, _ phrases: Phrases) -> [Evidence] {
        var out: [Evidence] = []
        var seen = Set<String>()
        for item in text.items where out.count < examples {
            guard phrases.matches(item.key), seen.insert(item.text).inserted else { continue }
            out.append(item.evidence)
        }
        return out
    }
}

extension UISignalScan {
    /// Text that asks the user to agree to the policy: the first-run consent dialog exists.
    static func consentFlow(_ text: UIText) -> [Evidence] {
        var out: [Evidence] = []
        for item in text.items where out.count < examples {
            if policy.matches(item.key) && agreeWords.matches(item.key) {
                out.append(item.evidence)
            }
        }
        return out
    }
}
