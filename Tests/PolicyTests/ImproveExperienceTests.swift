import XCTest
@testable import MingchaKit

/// "To improve your experience" as the only stated purpose, in the wordings policies use.
final class ImproveExperienceTests: XCTestCase {
    func testEveryCommonWordingCountsWhenItIsTheOnlyPurpose() throws {
        for phrase in ["提升您的使用体验", "提高用户的使用体验", "优化用户体验", "改善您的体验", "增强使用体验"] {
            let s = try PF.summary(text: "隐私政策\n一、我们收集的信息\n为了\(phrase)，我们会收集您的设备型号和操作系统版本。\n")
            XCTAssertEqual(s.improveExperienceOnly.count, 1, phrase)
        }
    }

    func testASpecificPurposeBesideItIsNotOnlyImprovement() throws {
        let s = try PF.summary(text: "隐私政策\n为了实现导航功能并提升您的使用体验，我们会收集您的位置信息。\n")
        XCTAssertNotNil(s.mention(of: "location"))
        XCTAssertEqual(s.improveExperienceOnly, [])
    }
}
