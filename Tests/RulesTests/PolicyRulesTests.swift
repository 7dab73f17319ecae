import XCTest
@testable import MingchaKit

final class PolicyRulesTests: XCTestCase {
    func testVocabularyLoaded() {
        XCTAssertTrue(TF.vocabulary.isSensitive("location"))
        XCTAssertTrue(TF.vocabulary.isUnchangeable("imei"))
        XCTAssertEqual(TF.vocabulary.lineage("imei"), ["imei", "device_id"])
    }

    func testPolicyMissing() {
        var f = TF.android()
        f.policy = PolicySummary(availability: .absent)
        let out = TF.run("policy.missing", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertEqual(out.first?.types, [10])
        XCTAssertEqual(out.first?.confidence, .confirmed)
        XCTAssertEqual(out.first?.severity, .high)
        // Near misses: only a link; nobody looked (nil).
        f.policy = PolicySummary(availability: .linked, urls: ["https://example.com/privacy"])
        XCTAssertTrue(TF.run("policy.missing", f).isEmpty)
        f.policy = nil
        XCTAssertTrue(TF.run("policy.missing", f).isEmpty)
    }

    func testUndisclosedInfo() {
        var f = TF.android()
        f.collection = [TF.collect("contacts", via: .permission), TF.collect("location", via: .permission)]
        f.policy = TF.policy(mentions: ["location"])
        let out = TF.run("policy.undisclosed-info", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertTrue(out[0].message.en.contains("Contacts"), out[0].message.en)
        XCTAssertEqual(out[0].confidence, .confirmed)
        XCTAssertTrue(out[0].evidence.contains { $0.kind == .policyMissing })
        // A sensitive permission alone is a capability, even without a collection fact; a
        // non-sensitive type the policy misses weighs less.
        f.collection = [TF.collect("network_info")]
        f.permissions = [TF.permission("android.permission.READ_CALL_LOG", ["call_log"])]
        let both = TF.run("policy.undisclosed-info", f)
        XCTAssertEqual(both.count, 2)
        XCTAssertEqual(both.first { $0.message.en.contains("Call log") }?.severity, .high)
        XCTAssertEqual(both.first { $0.message.en.contains("Network") }?.severity, .medium)
        f.permissions = []
        // Near miss: a parent type mentioned covers the child ("设备标识符" covers IMEI).
        f.collection = [TF.collect("imei")]
        f.policy = TF.policy(mentions: ["device_id"])
        XCTAssertTrue(TF.run("policy.undisclosed-info", f).isEmpty)
        var strict = RuleConfig(); strict.thresholds.parentMentionCovers = false
        XCTAssertEqual(TF.run("policy.undisclosed-info", f, config: strict).count, 1)
        // Near miss: negated types are contradictions, not silence; SDK collection is another rule.
        f.collection = [TF.collect("contacts"), TF.collect("sms", by: .sdk("umeng"))]
        f.policy = TF.policy(); f.policy?.negations = [InfoMention(type: "contacts")]
        XCTAssertTrue(TF.run("policy.undisclosed-info", f).isEmpty)
        // Near miss: policy text not read (link only).
        f.collection = [TF.collect("contacts")]
        f.policy = PolicySummary(availability: .linked)
        XCTAssertTrue(TF.run("policy.undisclosed-info", f).isEmpty)
    }

    func testUndisclosedSDKAndVendorNameNearMiss() {
        var f = TF.android()
        f.sdks = [TF.sdk("pangle", zh: "穿山甲", en: "Pangle", vendor: "北京巨量引擎网络技术有限公司", category: "ads"),
                  TF.sdk("umeng", zh: "友盟+", en: "Umeng", vendor: "友盟同欣（北京）科技有限公司")]
        f.policy = TF.policy()
        f.policy?.sdkDisclosures = [SDKDisclosure(name: "北京巨量引擎网络技术有限公司")]
        let out = TF.run("policy.undisclosed-sdk", f)
        XCTAssertEqual(out.map { $0.sdk }, ["umeng"], "Pangle is disclosed under its vendor's name")
        // Disclosed by its name with a "SDK" suffix and spaces.
        f.policy?.sdkDisclosures.append(SDKDisclosure(name: "友盟+ SDK"))
        XCTAssertTrue(TF.run("policy.undisclosed-sdk", f).isEmpty)
        // Resolved id wins even with an unrelated written name.
        f.policy?.sdkDisclosures = [SDKDisclosure(name: "统计服务", sdkId: "umeng"), SDKDisclosure(name: "广告", sdkId: "pangle")]
        XCTAssertTrue(TF.run("policy.undisclosed-sdk", f).isEmpty)
    }

    func testCodeLibrariesAreNotThirdPartyRecipients() {
        var f = TF.android()
        var jetpack = TF.sdk("androidx-core", zh: "Jetpack Core", en: "Jetpack Core", vendor: "Google", category: "library")
        jetpack.dataRecipient = false
        var umeng = TF.sdk("umeng", zh: "友盟+", en: "Umeng", vendor: "友盟同欣（北京）科技有限公司")
        umeng.dataRecipient = true
        f.sdks = [jetpack, umeng]
        f.policy = TF.policy()
        XCTAssertEqual(TF.run("policy.undisclosed-sdk", f).map { $0.sdk }, ["umeng"], "a code library receives no data")
        let list = TF.run("policy.no-third-party-list", f)
        XCTAssertEqual(list.count, 1)
        XCTAssertFalse(list[0].message.en.contains("Jetpack"))
        // Only code libraries: no third-party list is needed.
        f.sdks = [jetpack]
        XCTAssertTrue(TF.run("policy.no-third-party-list", f).isEmpty)
        XCTAssertTrue(TF.run("policy.undisclosed-sdk", f).isEmpty)
    }

    func testSDKInfoUnattributed() {
        var f = TF.android()
        f.sdks = [TF.sdk("getui", zh: "个推", en: "Getui", vendor: "每日互动股份有限公司")]
        f.collection = [TF.collect("app_list", by: .sdk("getui")), TF.collect("location", by: .sdk("getui"))]
        f.policy = TF.policy(mentions: ["location"])
        f.policy?.sdkDisclosures = [SDKDisclosure(name: "个推推送SDK", infoTypes: ["imei"])]
        let out = TF.run("policy.sdk-info-unattributed", f)
        XCTAssertEqual(out.count, 2)
        let appList = out.first { $0.message.en.contains("Installed-app list") }
        XCTAssertEqual(appList?.severity, .medium, "not mentioned anywhere")
        let loc = out.first { $0.message.en.contains("Location") }
        XCTAssertEqual(loc?.severity, .low, "mentioned in general but not for this SDK")
        XCTAssertEqual(loc?.sdk, "getui")
        // Near miss: the SDK row lists both.
        f.policy?.sdkDisclosures = [SDKDisclosure(name: "个推", infoTypes: ["app_list", "location"])]
        XCTAssertTrue(TF.run("policy.sdk-info-unattributed", f).isEmpty)
        // Documented-only SDK behaviour is suspected, not confirmed.
        f.policy?.sdkDisclosures = []
        f.collection = [TF.collect("app_list", by: .sdk("getui"), via: .sdkDocumented)]
        XCTAssertEqual(TF.run("policy.sdk-info-unattributed", f).first?.confidence, .suspected)
    }

    func testContradiction() {
        var f = TF.android()
        f.collection = [TF.collect("imei", by: .sdk("x"))]
        f.policy = TF.policy(mentions: ["device_id"])
        f.policy?.negations = [InfoMention(type: "device_id", evidence: [TF.sentence("我们不会收集您的设备标识符")])]
        let out = TF.run("policy.contradiction", f)
        XCTAssertEqual(out.count, 1)
        XCTAssertEqual(out.first?.evidence.first?.detail, "我们不会收集您的设备标识符")
        // A declared permission contradicts a negation too.
        f.collection = []
        f.permissions = [TF.permission("android.permission.READ_CONTACTS", ["contacts"])]
        f.policy?.negations = [InfoMention(type: "contacts", evidence: [TF.sentence("我们不会读取您的通讯录")])]
        XCTAssertEqual(TF.run("policy.contradiction", f).count, 1)
        // Near miss: negation of something not collected.
        f.permissions = []
        f.collection = [TF.collect("imei", by: .sdk("x"))]
        f.policy?.negations = [InfoMention(type: "contacts")]
        XCTAssertTrue(TF.run("policy.contradiction", f).isEmpty)
    }

    func testVagueThreshold() {
        var f = TF.android()
        f.policy = TF.policy()
        f.policy?.vagueness = [TF.sentence("包括但不限于设备信息等")]
        XCTAssertTrue(TF.run("policy.vague", f).isEmpty, "one marker is below the default threshold of 2")
        f.policy?.vagueness.append(TF.sentence("相关信息"))
        XCTAssertEqual(TF.run("policy.vague", f).count, 1)
        var c = RuleConfig(); c.thresholds.vagueMarkers = 3
        XCTAssertTrue(TF.run("policy.vague", f, config: c).isEmpty)
    }

    func testImproveExperienceOnly() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.improve-experience-only", f).isEmpty)
        f.policy?.improveExperienceOnly = [TF.sentence("为了提升用户体验，我们会收集您的应用列表")]
        XCTAssertEqual(TF.run("policy.improve-experience-only", f).first?.miitCategory, "C7")
    }

    func testSensitiveNoPurpose() {
        var f = TF.android()
        f.collection = [TF.collect("location"), TF.collect("device_info")]
        f.policy = TF.policy()
        f.policy?.mentions = [InfoMention(type: "location", purposeStated: false, necessityStated: false),
                              InfoMention(type: "device_info", purposeStated: false, necessityStated: false)]
        let out = TF.run("policy.sensitive-no-purpose", f)
        XCTAssertEqual(out.count, 1, "device_info is not sensitive")
        XCTAssertEqual(out.first?.severity, .medium)
        XCTAssertEqual(out.first?.types, [5])
        // Purpose stated but no necessity: a lesser finding.
        f.policy?.mentions[0].purposeStated = true
        XCTAssertEqual(TF.run("policy.sensitive-no-purpose", f).first?.severity, .low)
        f.policy?.mentions[0].necessityStated = true
        XCTAssertTrue(TF.run("policy.sensitive-no-purpose", f).isEmpty)
    }

    func testNoDeletion() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.no-deletion", f).isEmpty)
        f.policy?.deletion = DeletionTerms(described: false)
        XCTAssertEqual(TF.run("policy.no-deletion", f).first?.types, [7])
    }

    func testDeletionTooSlow() {
        var f = TF.android()
        f.policy = TF.policy()
        // Exactly 15 working days: compliant.
        XCTAssertTrue(TF.run("policy.deletion-too-slow", f).isEmpty)
        f.policy?.deletion.limit = 16
        XCTAssertEqual(TF.run("policy.deletion-too-slow", f).count, 1)
        // 20 calendar days is within 15 working days; 30 is not.
        f.policy?.deletion = DeletionTerms(described: true, limit: 20, unit: .calendarDays)
        XCTAssertTrue(TF.run("policy.deletion-too-slow", f).isEmpty)
        f.policy?.deletion.limit = 30
        XCTAssertEqual(TF.run("policy.deletion-too-slow", f).count, 1)
        // No limit at all.
        f.policy?.deletion = DeletionTerms(described: true)
        XCTAssertTrue(TF.run("policy.deletion-too-slow", f).first?.message.en.contains("no time limit") ?? false)
        // A stricter configured limit.
        f.policy?.deletion = DeletionTerms(described: true, limit: 10, unit: .workingDays)
        var c = RuleConfig(); c.thresholds.deletionWorkingDays = 7
        XCTAssertEqual(TF.run("policy.deletion-too-slow", f, config: c).count, 1)
        XCTAssertTrue(TF.run("policy.deletion-too-slow", f).isEmpty)
    }

    func testNoContact() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.no-contact", f).isEmpty)
        f.policy?.contact.channels = []
        XCTAssertEqual(TF.run("policy.no-contact", f).first?.severity, .medium)
        f.policy?.contact = ContactTerms(operatorName: nil, channels: [.init(kind: .phone, value: "400-000-0000")])
        let out = TF.run("policy.no-contact", f)
        XCTAssertEqual(out.first?.severity, .low)
        XCTAssertTrue(out.first?.message.en.contains("operator name") ?? false)
    }

    func testPersonalisationOptOut() {
        var f = TF.android()
        f.policy = TF.policy()
        f.policy?.personalisation = PersonalisationTerms(described: true, optOutDescribed: false, evidence: [TF.sentence("根据您的偏好进行个性化推荐")])
        f.ui = UISignals(searched: true)
        let out = TF.run("policy.no-personalisation-optout", f)
        XCTAssertEqual(out.first?.miitCategory, "C5")
        XCTAssertEqual(out.first?.confidence, .confirmed)
        // UI not read: suspected.
        f.ui = nil
        XCTAssertEqual(TF.run("policy.no-personalisation-optout", f).first?.confidence, .suspected)
        // Near misses: a switch in the UI, or an opt-out in the policy.
        f.ui = UISignals(searched: true, personalisationSwitch: [Evidence(.resource, detail: "个性化推荐")])
        XCTAssertTrue(TF.run("policy.no-personalisation-optout", f).isEmpty)
        f.ui = nil
        f.policy?.personalisation.optOutDescribed = true
        XCTAssertTrue(TF.run("policy.no-personalisation-optout", f).isEmpty)
    }

    func testDeletionObstacles() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.deletion-obstacles", f).isEmpty)
        f.policy?.deletion.conditions = [TF.sentence("注销前需上传手持身份证照片")]
        XCTAssertEqual(TF.run("policy.deletion-obstacles", f).first?.types, [7])
    }

    func testNoDate() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertEqual(TF.run("policy.no-date", f).count, 1)
        f.policy?.effectiveDate = "2024-01-01"
        XCTAssertTrue(TF.run("policy.no-date", f).isEmpty)
        f.policy = PolicySummary(availability: .linked)
        XCTAssertTrue(TF.run("policy.no-date", f).isEmpty, "text not read")
    }

    func testImpliedConsentClauseInPolicy() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("android.implied-consent", f).isEmpty)
        f.policy?.impliedConsent = [TF.sentence("您继续使用本应用即视为同意本政策")]
        XCTAssertEqual(TF.run("android.implied-consent", f).count, 1)
    }

    func testNoWithdrawal() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.no-withdrawal", f).isEmpty, "reader did not say: silent")
        f.policy?.withdrawalDescribed = false
        XCTAssertEqual(TF.run("policy.no-withdrawal", f).count, 1)
        f.ui = UISignals(searched: true, withdrawConsentEntry: [Evidence(.resource, detail: "撤回同意")])
        XCTAssertTrue(TF.run("policy.no-withdrawal", f).isEmpty, "an in-app entry exists")
        f.ui = nil
        f.policy?.withdrawalDescribed = true
        XCTAssertTrue(TF.run("policy.no-withdrawal", f).isEmpty)
    }

    func testNoThirdPartyList() {
        var f = TF.android()
        f.policy = TF.policy()
        XCTAssertTrue(TF.run("policy.no-third-party-list", f).isEmpty, "no SDK embedded")
        f.sdks = [TF.sdk("bugly", zh: "腾讯Bugly", en: "Bugly", vendor: "深圳市腾讯计算机系统有限公司")]
        let out = TF.run("policy.no-third-party-list", f)
        XCTAssertEqual(out.first?.miitCategory, "C3")
        f.policy?.sdkDisclosures = [SDKDisclosure(name: "友盟")]
        XCTAssertTrue(TF.run("policy.no-third-party-list", f).isEmpty, "a list exists (completeness is undisclosed-sdk's job)")
    }
}
