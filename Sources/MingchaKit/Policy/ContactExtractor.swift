import Foundation

/// Operator identity, contact channels (e-mail, phone, address, online service, form) and the
/// complaint channel.
enum ContactExtractor {
    static let maxChannels = 12

    private static let email = try? NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
    private static let phone = try? NSRegularExpression(
        pattern: "(?<![0-9])(400[- ]?[0-9]{3}[- ]?[0-9]{4}|800[- ]?[0-9]{3}[- ]?[0-9]{4}|0[0-9]{2,3}[- ]?[0-9]{7,8}|1[3-9][0-9]{9}|95[0-9]{3,4}|10[0-9]{3,4})(?![0-9])")
    private static let address = try? NSRegularExpression(
        pattern: "(注册地址|办公地址|联系地址|通信地址|通讯地址|公司地址|地址)\\s*(为|是|位于|:|：)\\s*([^；;。\\n|]{4,80})")
    private static let company = try? NSRegularExpression(
        pattern: "([\\p{Han}A-Za-z0-9（）()·]{2,40}?(有限责任公司|股份有限公司|有限公司|工作室|集团公司))")

    static func run(_ sentences: [PolicySentence], file: String, terms: PolicyTerms) -> (ContactTerms, [Evidence]) {
        var c = ContactTerms()
        var complaint: [Evidence] = []
        var seen = Set<String>()
        var preferred: String?
        var counts: [String: Int] = [:]
        var firstSeen: [String] = []
        for s in sentences {
            let t = s.text
            var evCache: Evidence?
            var ev: Evidence { if let e = evCache { return e }; let e = s.evidence(file: file); evCache = e; return e }
            func add(_ kind: ContactTerms.Channel.Kind, _ value: String) {
                guard c.channels.count < maxChannels, seen.insert("\(kind.rawValue):\(value)").inserted else { return }
                c.channels.append(.init(kind: kind, value: value, evidence: [ev]))
            }
            if s.has("@") { for v in matches(email, t, group: 0) { add(.email, v) } }
            let digits = t.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x30 && $1.value <= 0x39) ? 1 : 0) }
            let phoneContext = s.has("电话") || s.has("热线") || s.has("客服") || s.has("联系") || s.has("致电") || s.has("拨打")
            if digits >= 5, phoneContext { for v in matches(phone, t, group: 1) { add(.phone, v) } }
            if s.has("地址"), s.info.allSatisfy({ $0.type != "address" }) || s.has("联系") {
                for v in matches(address, t, group: 3) where v.contains("市") || v.contains("区") || v.contains("省") || v.contains("路") || v.contains("号") {
                    add(.address, collapse(v))
                }
            }
            for r in s.cues.at(.contactOnline) { add(.online, s.slice(r)) }
            for r in s.cues.at(.contactForm) { add(.form, s.slice(r)) }
            if s.cues.has(.complaintCues), !s.isHeading {
                let channelled = ["渠道", "途径", "方式", "部门", "网信", "监管", "法院", "起诉", "反馈", "联系", "电话", "邮箱", "邮件"].contains { s.has($0) }
                if channelled {
                    c.complaintChannel = true
                    if complaint.count < 8 { complaint.append(ev) }
                }
            }
            // Operator: company names outside SDK lists; one named with "运营 / 我们 / 开发者" wins.
            if s.has("公司") || s.has("工作室"), s.tableRow == nil, !s.has("SDK"), !s.has("第三方") {
                for name in matches(company, t, group: 1) {
                    let n = trimCompany(name)
                    guard n.count >= 4 else { continue }
                    if counts[n] == nil { firstSeen.append(n) }
                    counts[n, default: 0] += 1
                    if preferred == nil, ["运营", "我们", "开发者", "主体", "本公司", "我司", "以下简称", "公司名称", "由", "经营者", "服务提供者"].contains(where: { s.has($0) }) {
                        preferred = n
                    }
                }
            }
        }
        c.operatorName = preferred ?? firstSeen.max { (counts[$0] ?? 0, -(firstSeen.firstIndex(of: $0) ?? 0)) < (counts[$1] ?? 0, -(firstSeen.firstIndex(of: $1) ?? 0)) }
        return (c, complaint)
    }

    /// Drops leading words that precede the name ("由", "本应用由", "我们是").
    static func trimCompany(_ s: String) -> String {
        var t = s
        var changed = true
        while changed {
            changed = false
            // A closing bracket before the name belongs to the text before it ("（以下简称“我们”）是…").
            if let c = t.first, "）)（(".contains(c), t.count > 5 { t.removeFirst(); changed = true }
            for lead in ["本应用由", "本软件由", "本产品由", "我们是", "由", "是", "为", "指", "系", "与", "和", "及", "即", "本", "的"]
                where t.hasPrefix(lead) && t.count > lead.count + 4 {
                t.removeFirst(lead.count); changed = true
            }
        }
        return t
    }

    static func matches(_ re: NSRegularExpression?, _ text: String, group: Int) -> [String] {
        guard let re else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let r = m.range(at: group)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
    }
}
