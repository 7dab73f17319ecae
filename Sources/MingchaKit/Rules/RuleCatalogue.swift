/// Every rule Mingcha has, in one list. Ids are stable (ARCHITECTURE.md, "Rule catalogue").
public enum RuleCatalogue {
    /// Version of the rule set, reported in every scan.
    public static let version = "1.0"

    public static let all: [Rule] = {
        var rules: [Rule] = [
            PolicyMissingRule(), UndisclosedInfoRule(), UndisclosedSDKRule(), SDKInfoUnattributedRule(),
            PolicyContradictionRule(), PolicyVagueRule(), ImproveExperienceOnlyRule(), SensitiveNoPurposeRule(),
            NoDeletionRule(), DeletionTooSlowRule(), DeletionObstaclesRule(), PolicyNoDateRule(), NoWithdrawalRule(), NoThirdPartyListRule(), NoContactRule(), NoPersonalisationOptOutRule(),
            PreConsentSDKInitRule(), LegacyTargetSDKRule(), BundledPermissionRequestRule(), BackgroundCollectionRule(),
            SelfStartRule(), AssociatedStartRule(), AppListRule(), DeviceIdentifiersRule(), ShakeSensorsInAdsRule(),
            InstallPackagesRule(), CodeHiddenRule(),
            UndeclaredPrivateInfoRule(), NoConsentFlowRule(), PhoneOnLaunchRule(),
        ]
        // One implementation, one id per platform, where the meaning is the same on both.
        for p in [AppIdentity.Platform.android, .miniprogram] {
            rules += [PreConsentCollectionRule(platform: p), DefaultCheckedAgreementRule(platform: p),
                      ImpliedConsentRule(platform: p), DisagreeExitsRule(platform: p),
                      LaunchPermissionRequestRule(platform: p), RepeatedPermissionRequestRule(platform: p),
                      RequestWithoutRationaleRule(platform: p), BackgroundLocationRule(platform: p),
                      ExcessivePermissionRule(platform: p), NoAccountDeletionRule(platform: p),
                      ClipboardReadRule(platform: p)]
        }
        return rules.sorted { $0.meta.id < $1.meta.id }
    }()

    public static func rule(id: String) -> Rule? { all.first { $0.meta.id == id } }
}
