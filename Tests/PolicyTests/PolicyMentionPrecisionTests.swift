import XCTest
@testable import MingchaKit

/// Sentences that name an information type without saying the app collects it. Each fixture is
/// written for the test; the paired sentence shows the same words still count when collected.
final class PolicyMentionPrecisionTests: XCTestCase {
    private func types(_ body: String) throws -> Set<String> {
        Set(try PF.summary(text: "隐私政策\n" + body).mentions.map(\.type.rawValue))
    }

    func testRightsSentenceIsNotCollection() throws {
        XCTAssertEqual(try types("账号资料：如您想访问或编辑账户中的头像和收货地址，可在“我的-设置”页面操作。"), [])
        XCTAssertEqual(try types("您可以随时访问、更正您提供的昵称。"), [])
        XCTAssertEqual(try types("您可在系统设置中关闭通讯录权限以撤回您的授权。"), [])
        // A collection verb in the same sentence keeps the mention.
        XCTAssertEqual(try types("我们会收集您的头像用于展示，您也可以随时更正。"), ["nickname_avatar"])
    }

    func testSecurityMeasuresAndWarningsAreNotCollection() throws {
        XCTAssertEqual(try types("我们使用加密技术保护您的账号信息在传输中的安全。"), [])
        XCTAssertEqual(try types("数据在您的浏览器与服务器之间传输（如信用卡资料）时使用SSL协议保护。"), [])
        XCTAssertEqual(try types("请勿在使用服务时透露您的银行卡号及密码。"), [])
        XCTAssertEqual(try types("用户使用本服务发布的照片，其知识产权归用户所有。"), [])
        XCTAssertEqual(try types("用户上传的图片、视频的知识产权归用户所有。"), [], "a user's upload verb does not make it collection")
        XCTAssertEqual(try types("您上传的文字、图片、视频均应由您原创或已获合法授权。"), [])
    }

    func testFuturePolicyChangeIsNotCollection() throws {
        XCTAssertEqual(try types("若今后更新的内容需要获取您的通讯录，我们会另行征得您的同意。"), [])
        XCTAssertEqual(try types("但若需获取通讯录等权限，仍会再次以显著方式征求您的同意。"), [], "the update clause's second sentence")
        XCTAssertEqual(try types("我们会获取您的通讯录用于添加好友。"), ["contacts"])
    }

    func testLocationMeansIsNotTheCollectedInformation() throws {
        XCTAssertEqual(try types("我们可能通过GPS、WiFi或基站等方式获取您的位置信息。"), ["location"])
        XCTAssertEqual(try types("我们会收集WiFi信息和基站信息用于网络优化。"), ["cell_info", "wifi_info"])
    }
}

extension PolicyMentionPrecisionTests {
    func testChannelsAndOperatorMailboxAreNotTheUsersInformation() throws {
        XCTAssertEqual(try types("对于重大变更，我们还会提供更为显著的通知（包括短信、弹窗），并使用站内信提醒。"), [])
        XCTAssertEqual(try types("请将您的问题反馈至以下邮箱，我们会使用专人处理。"), [])
        XCTAssertEqual(try types("注册时我们会收集您的电子邮箱。"), ["email"])
    }

    func testEmphasisedDefinitionListsNothing() throws {
        XCTAssertEqual(try types("**个人敏感信息** ：包括身份证件号码、银行账号等。"), [])
        XCTAssertEqual(try types("敏感信息，指包括身份证件号码、银行账号在内的信息。"), [])
    }

    func testWordsThatContainATermAreNotThatInformation() throws {
        XCTAssertEqual(try types("用户使用本服务时应尊重他人的姓名权。"), [])
        XCTAssertEqual(try types("您可以使用短信充值。"), [])
        XCTAssertEqual(try types("识别身份时需进行活体检测。"), [])
        XCTAssertEqual(try types("使用本软件前请阅读随附的文档和相关电子文档。"), [])
    }

    func testTitlesInBookQuotesAreNotInformation() throws {
        XCTAssertEqual(try types("我们依据《手机号码实名登记规定》使用您的信息。"), [])
        XCTAssertEqual(try types("我们依据《某某规定》使用您的手机号码。"), ["phone_number"])
        XCTAssertEqual(try types("第三方SDK“WLAN快连”为提升体验，需要使用设备标识符。"), ["device_id"])
        XCTAssertEqual(try types("设置页的“WLAN”开关开启后，我们会读取WLAN列表。"), ["wifi_info"], "a quoted UI label is not a name")
    }
}

extension PolicyMentionPrecisionTests {
    func testPromiseNotToShareIdentityIsNotCollection() throws {
        XCTAssertEqual(try types("我们不会将您的个人身份信息（例如姓名、手机号码）提供给广告合作伙伴使用。"), [])
        XCTAssertEqual(try types("我们会收集您的手机号码，但不会分享用于识别您身份的信息。"), ["phone_number"])
    }

    func testAgreementClausesAreNotCollection() throws {
        XCTAssertEqual(try types("用户不得从事危害计算机网络安全的行为，例如使用未经许可的网络信息。"), [])
        XCTAssertEqual(try types("因自然灾害或运营商故障导致无法使用服务的，我们不承担责任。"), [])
    }
}

extension PolicyMentionPrecisionTests {
    func testStatementsAboutMinorsAreNotCollection() throws {
        XCTAssertEqual(try types("我们非常重视对未成年人个人信息的保护，并使用技术手段保障其安全。"), [])
        let s = try PF.summary(text: "隐私政策\n我们不会故意收集儿童个人信息。")
        XCTAssertNil(s.mention(of: "minor"))
        XCTAssertNotNil(s.negation(of: "minor"), "a promise not to collect is a negation")
    }

    func testLocalStorageAndReadAloudAreNotCapabilities() throws {
        XCTAssertEqual(try types("部分搜索记录会暂时保存在您的本地存储设备中，便于您使用。").subtracting(["browsing_history"]), [])
        XCTAssertEqual(try types("您可以使用语音朗读功能收听文章。"), [])
    }
}

extension PolicyMentionPrecisionTests {
    func testOperatorAddressAndAccountMechanicsAreNotCollection() throws {
        XCTAssertEqual(try types("本服务提供者的联系地址为：某市某区某路1号，您可以使用该地址寄送材料。"), [])
        XCTAssertEqual(try types("出于安全考虑，您可能无法修改注册时使用的初始注册信息。"), [])
        XCTAssertEqual(try types("遗忘密码后，您可以使用已绑定的手机进行登录密码重置。"), [])
    }

    func testUserToUserDisclosureAndContentLicencesAreNotCollection() throws {
        XCTAssertEqual(try types("网上交易时，您可能需要向交易对方提供银行账户信息。"), [])
        XCTAssertEqual(try types("您授予我们许可使用、复制、展示您内容中的肖像、姓名等素材的权利。"), [])
        XCTAssertEqual(try types("我们可能使用您的联系方式，为您提供商业性短信息等营销服务。"), [])
    }

    func testLocationMeansInBracketsAndTechniqueLists() throws {
        XCTAssertEqual(try types("我们会收集您的实时位置数据（通过GPS、WLAN和基站获取）。"), ["location"])
        XCTAssertEqual(try types("我们会使用多种技术进行定位，包括IP地址、GPS以及附近的WiFi接入点和基站的信息。"), ["location"])
    }
}

extension PolicyMentionPrecisionTests {
    func testConfidentialityAndSettingsPathsAreNotCollection() throws {
        XCTAssertEqual(try types("凡涉及用户真实姓名、通信地址等隐私信息的，我们将使用技术手段严格保密。"), [])
        XCTAssertEqual(try types("修改昵称的操作路径：“我的”-“编辑资料”，使用编辑功能即可。"), [])
        XCTAssertEqual(try types("您可以在系统设置的应用列表中查看或关闭给予本应用的授权。"), [])
        XCTAssertEqual(try types("使用同一身份证号使用本服务的，均视为用户本人的行为。"), [])
        XCTAssertEqual(try types("用户使用本服务时不得冒用他人姓名。"), [])
        XCTAssertEqual(try types("我们的书面通知可以通过手机短信送达您，您使用服务即表示知悉。"), [])
        XCTAssertEqual(try types("本服务提供Windows、Mac、iOS等多个版本，您可以选择使用。"), [])
    }

    func testCategoryListWithoutVerbIsADefinition() throws {
        XCTAssertEqual(try types("例如：身份证件号码、个人生物识别信息、银行账号、财产信息、征信信息、行踪轨迹等，均须使用加强措施。"), [])
        XCTAssertEqual(try types("某些信息可能被认为是敏感个人信息，例如您提供的身份证明文件。"), [])
        // With a collect verb the same words are a collection list.
        XCTAssertEqual(try types("我们会收集您的身份证件号码、个人生物识别信息、财产信息与征信信息。"), ["id_card"])
    }
}

extension PolicyMentionPrecisionTests {
    func testPushingNotificationsIsNotReadingThem() throws {
        XCTAssertEqual(try types("推送SDK用于向您下发通知栏消息，需要使用设备标识符。"), ["device_id"])
        XCTAssertEqual(try types("我们会读取通知栏内容以识别验证码。"), ["notifications"])
    }
}

extension PolicyMentionPrecisionTests {
    func testPermissionOptOutAndDisclosureBansAreNotCollection() throws {
        XCTAssertEqual(try types("对于相机、通讯录等非必需的权限，您可以关闭或拒绝授权，这不影响使用。"), [])
        XCTAssertEqual(try types("未经用户授权，我们不能公开用户的姓名、住址。"), [])
    }

    func testRemovedAndIndirectRefusalsAreNegations() throws {
        let removed = try PF.summary(text: "隐私政策\n本次更新将移除应用获取设备IMEI的能力。")
        XCTAssertNil(removed.mention(of: "imei"))
        XCTAssertNotNil(removed.negation(of: "imei"))
        // "移除了" contains the cancel word "除了"; it must not undo the negation it is part of.
        let removedPast = try PF.summary(text: "隐私政策\n新版本已移除了获取设备IMEI的功能。")
        XCTAssertNil(removedPast.mention(of: "imei"))
        XCTAssertNotNil(removedPast.negation(of: "imei"))
        let indirect = try PF.summary(text: "隐私政策\n我们不会通过电话权限获取您的通话内容。")
        XCTAssertNil(indirect.mention(of: "call_log"))
        XCTAssertNotNil(indirect.negation(of: "call_log"))
    }
}

extension PolicyMentionPrecisionTests {
    func testAccountTerminationAndDeletionAreNotCollection() throws {
        XCTAssertEqual(try types("注销后，账号内的数据无法恢复，包括您使用的昵称和头像。"), [])
        XCTAssertEqual(try types("用户违反本协议的，我们有权终止其账号及密码的使用。"), [])
        XCTAssertEqual(try types("用户应保证使用的注册信息的真实性、合法性。"), [])
    }
}
