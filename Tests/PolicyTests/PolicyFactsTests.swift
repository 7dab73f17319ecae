import XCTest
@testable import MingchaKit

/// The facts rules read, each with the sentence or table row behind it.
final class PolicyFactsTests: XCTestCase {
    func testMentionsPurposeNecessityAndEvidence() throws {
        let (_, s) = try PF.read("sdk-table.html")
        let loc = try XCTUnwrap(s.mention(of: "location"))
        XCTAssertTrue(loc.purposeStated)
        XCTAssertTrue(loc.necessityStated, "拒绝授权不影响… states the effect of refusing")
        XCTAssertEqual(loc.evidence.first?.kind, .policySentence)
        XCTAssertEqual(loc.evidence.first?.location, "§ 一、我们如何收集和使用您的个人信息")
        XCTAssertTrue(loc.evidence.first?.detail?.contains("经纬度") ?? false)
        XCTAssertNil(s.mention(of: "contacts"))
        XCTAssertEqual(s.negations.map(\.type).sorted(), ["contacts", "sms"])
        // Types from the SDK table come with the table row as evidence.
        let mac = try XCTUnwrap(s.mention(of: "mac"))
        XCTAssertEqual(mac.evidence.first?.kind, .policyTableRow)
        XCTAssertTrue(mac.evidence.first?.location?.hasPrefix("table 1 row 2") ?? false, mac.evidence.first?.location ?? "")
    }

    func testSDKTable() throws {
        let (_, s) = try PF.read("sdk-table.html")
        let umeng = try XCTUnwrap(s.sdkDisclosures.first { $0.name == "友盟统计SDK" })
        XCTAssertEqual(umeng.vendor, "友盟同欣（北京）科技有限公司")
        XCTAssertEqual(umeng.purpose, "统计分析")
        XCTAssertEqual(umeng.infoTypes, ["device_id", "imei", "mac", "oaid"])
        XCTAssertEqual(umeng.evidence.first?.kind, .policyTableRow)
        let jpush = try XCTUnwrap(s.sdkDisclosures.first { $0.name == "极光推送SDK" })
        XCTAssertEqual(jpush.vendor, "深圳市和讯华谷信息技术有限公司")
        XCTAssertTrue(jpush.infoTypes.contains("app_list"), "nested-table text belongs to its cell")
    }

    func testDeletionContactDatesAndClauses() throws {
        let (_, s) = try PF.read("sdk-table.html")
        XCTAssertTrue(s.deletion.described)
        XCTAssertEqual(s.deletion.limit, 15)
        XCTAssertEqual(s.deletion.unit, .workingDays)
        XCTAssertTrue(s.deletion.evidence.contains { $0.detail?.contains("15个工作日") ?? false })
        XCTAssertEqual(s.contact.operatorName, "示例科技有限公司")
        XCTAssertEqual(Set(s.contact.channels.map { "\($0.kind.rawValue):\($0.value)" }),
                       ["email:privacy@example-weather.cn", "phone:400-123-4567"])
        XCTAssertTrue(s.contact.complaintChannel)
        XCTAssertEqual(s.updatedDate, "2024-03-01")
        XCTAssertEqual(s.effectiveDate, "2024-03-08")
        XCTAssertEqual(s.withdrawalDescribed, true)
        XCTAssertTrue(s.personalisation.described)
        XCTAssertTrue(s.personalisation.optOutDescribed)
        XCTAssertEqual(s.impliedConsent.count, 1)
        XCTAssertTrue(s.vagueness.contains { $0.detail?.contains("包括但不限于") ?? false })
        XCTAssertEqual(s.improveExperienceOnly.map(\.detail), ["为了改善用户体验，我们会收集您的设备型号和操作系统版本。"])
        XCTAssertTrue(s.details?.rights.contains("deleteAccount") ?? false)
    }

    func testNegationOnlyWhenUnconditional() throws {
        let plain = try PF.summary(text: "隐私政策\n我们不会收集您的通讯录。")
        XCTAssertNotNil(plain.negation(of: "contacts"))
        let conditional = try PF.summary(text: "隐私政策\n未经您的同意，我们不会收集您的通讯录。")
        XCTAssertNil(conditional.negation(of: "contacts"), "conditional: not a promise never to collect")
        XCTAssertNotNil(conditional.mention(of: "contacts"))
        let otherClause = try PF.summary(text: "隐私政策\n我们不会收集无关信息，但会收集您的位置信息用于导航。")
        XCTAssertNil(otherClause.negation(of: "location"))
    }

    func testNotInfoPhrasesAndWordBoundaries() throws {
        let s = try PF.summary(text: "隐私政策\n我们会在显著位置公告更新，并通过短信验证码验证您的身份；我们收集 macOS 版本信息。")
        XCTAssertNil(s.mention(of: "location"), "显著位置 is not location")
        XCTAssertNil(s.mention(of: "sms"), "短信验证码 is not reading SMS")
        XCTAssertNil(s.mention(of: "mac"), "macOS is not a MAC address")
    }

    func testDeletionLimitsAndObstacles() throws {
        XCTAssertTrue(ClauseExtractor.timeLimit("我们将在十五个工作日内完成") ?? (0, .hours) == (15, .workingDays))
        XCTAssertTrue(ClauseExtractor.timeLimit("会在二十天内处理") ?? (0, .hours) == (20, .calendarDays))
        XCTAssertNil(ClauseExtractor.timeLimit("2023年5月1日起施行"))
        let s = try PF.summary(text: "隐私政策\n您可以联系客服申请注销账号，需提供手持身份证照片，我们将在30个工作日内处理。")
        XCTAssertTrue(s.deletion.described)
        XCTAssertEqual(s.deletion.limit, 30)
        XCTAssertEqual(s.deletion.conditions.count, 1)
        let none = try PF.summary(text: "隐私政策\n我们收集您的位置信息用于导航。")
        XCTAssertFalse(none.deletion.described)
        XCTAssertEqual(none.withdrawalDescribed, false)
    }
}
