/// Citations as testers write them: document title, then article. Source tags follow
/// `shared/reference/rules.md` §0.
enum Law {
    /// 《App违法违规收集使用个人信息行为认定方法》 (国信办秘字〔2019〕191号), e.g. "三.1".
    static func rd(_ item: String) -> String { "《App违法违规收集使用个人信息行为认定方法》\(item)" }
    /// 《个人信息保护法》, e.g. "第十七条".
    static func pipl(_ article: String) -> String { "《个人信息保护法》\(article)" }
    /// 《常见类型移动互联网应用程序必要个人信息范围规定》.
    static func npi(_ article: String) -> String { "《常见类型移动互联网应用程序必要个人信息范围规定》\(article)" }
    /// 工信部信管函〔2020〕164号.
    static let m164 = "《关于开展纵深推进APP侵害用户权益专项整治行动的通知》（工信部信管函〔2020〕164号）"
    /// 工信部信管函〔2019〕337号.
    static let m337 = "《关于开展APP侵害用户权益专项整治工作的通知》（工信部信管函〔2019〕337号）"
    /// 工信部信管函〔2023〕26号.
    static let m26 = "《关于进一步提升移动互联网应用服务能力的通知》（工信部信管函〔2023〕26号）"
    /// GB/T 35273-2020, e.g. "5.5".
    static func gb35273(_ clause: String) -> String { "GB/T 35273-2020《信息安全技术 个人信息安全规范》\(clause)" }
    /// GB/T 41391-2022, e.g. "6.3".
    static func gb41391(_ clause: String) -> String { "GB/T 41391-2022《信息安全技术 移动互联网应用程序（App）收集个人信息基本要求》\(clause)" }
    /// 《互联网信息服务算法推荐管理规定》.
    static func algo(_ article: String) -> String { "《互联网信息服务算法推荐管理规定》\(article)" }
    static let pgSDK = "《网络安全标准实践指南—移动互联网应用程序（App）使用软件开发工具包（SDK）安全指引》"
    static let pgPerm = "《网络安全标准实践指南—移动互联网应用程序（App）系统权限申请使用指南》（TC260-PG-20204A）"
    /// 微信小程序开发文档.
    static func wx(_ topic: String) -> String { "微信小程序开发文档：\(topic)" }
}
