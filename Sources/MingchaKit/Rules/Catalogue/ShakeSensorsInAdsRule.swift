/// C4: motion sensors registered by advertising SDK code (shake-to-jump ads).
struct ShakeSensorsInAdsRule: Rule {
    let meta = RuleMeta(
        id: "android.shake-sensors-in-ads",
        title: Localized(zh: "广告SDK使用摇一摇等传感器触发跳转", en: "Motion sensors in ad SDK code"),
        types: [], miitCategory: "C4",
        legalBasis: [Law.m26],
        severity: .medium, confidence: .suspected, needsDynamicCheck: true, platforms: [.android],
        checks: Localized(zh: "广告类SDK的代码注册加速度/陀螺仪等运动传感器监听，可能以高灵敏度「摇一摇」误导跳转。需动态测试触发阈值。",
                          en: "Ad SDK code registers accelerometer/gyroscope listeners, which can drive over-sensitive shake-to-jump ads. A dynamic test must measure the trigger."),
        remediation: Localized(zh: "关闭广告SDK的摇一摇/扭一扭交互，或将触发阈值设置在合理水平并提供明确关闭按钮。",
                               en: "Switch off the ad SDK's shake interaction, or set a reasonable trigger and a clear close button."))

    func evaluate(_ facts: AppFacts, _ ctx: RuleContext) -> [Finding] {
        let adSDKs = Set(facts.sdks.filter { sdk in ctx.thresholds.adSDKCategories.contains { sdk.category.lowercased() == $0.lowercased() } }.map(\.id))
        let cs = facts.collection.filter { c in
            guard let id = RuleSupport.sdkId(c.collector), adSDKs.contains(id) else { return false }
            return ctx.vocabulary.lineage(c.infoType).contains("sensors") && RuleSupport.provenInPackage(c)
        }
        return CollectorGroups.findings(meta, cs, facts, zh: "运动传感器数据", en: "motion sensors")
    }
}
