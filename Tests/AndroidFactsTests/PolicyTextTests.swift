import XCTest
@testable import MingchaKit

/// Which asset bytes count as mentioning privacy: the word in any ASCII letter case, anywhere
/// (including the last bytes), and the Chinese word in UTF-8, GBK and UTF-16LE.
final class PolicyTextTests: XCTestCase {
    func mentions(_ s: String) -> Bool { PolicySources.mentionsPrivacy(Array(s.utf8)) }

    func testPrivacyInAnyLetterCase() {
        XCTAssertTrue(mentions("<h1>PRIVACY Policy</h1>"))
        XCTAssertTrue(mentions("our PrIvAcY notice"))
        XCTAssertTrue(mentions("ends with Privacy"))
        XCTAssertTrue(mentions("privacy"))
        XCTAssertFalse(mentions("privac"))
        XCTAssertFalse(mentions("private data, privatcy, pRIVACx"))
        XCTAssertFalse(mentions(""))
        XCTAssertTrue(mentions("pprivacy"), "a failed match at one byte still finds the next")
    }

    func testChineseInThreeEncodings() {
        XCTAssertTrue(mentions("本应用的隐私政策"))
        XCTAssertTrue(mentions("收集个人信息"))
        XCTAssertTrue(PolicySources.mentionsPrivacy([0x41, 0xD2, 0xFE, 0xCB, 0xBD]))
        XCTAssertTrue(PolicySources.mentionsPrivacy([0x90, 0x96, 0xC1, 0x79, 0x00]))
        XCTAssertFalse(PolicySources.mentionsPrivacy([0xD2, 0xFE, 0xCB]))
    }
}
