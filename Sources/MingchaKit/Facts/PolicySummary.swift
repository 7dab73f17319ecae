/// What the privacy policy says, reduced to what rules compare against the package.
/// Filled from `PolicyFacts` by `AppFactsBuilder`; `AppFacts.policy == nil` means nobody looked
/// for a policy (rules about the policy then stay silent), `availability == .absent` means we
/// looked everywhere and found none.
public struct PolicySummary: Codable, Hashable, Sendable {
    public enum Availability: String, Codable, Hashable, Sendable {
        /// A policy document inside the package (asset, raw resource, local HTML).
        case inPackage
        /// A policy file given by the tester (`--policy`, batch list).
        case supplied
        /// Fetched from a policy URL (`--fetch-policies`); the saved copy is in `fetches`.
        case fetched
        /// Only a link (URL) to a policy: it exists, but its text was not read.
        case linked
        /// Searched package, supplied files and strings: no policy at all.
        case absent
    }

    public var availability: Availability
    /// Where the policy was found or linked (file in package, supplied path, URL string).
    public var source: [Evidence]
    /// Policy URLs found in the package or supplied.
    public var urls: [String]
    /// Information types the policy says are collected, with the sentences that say it.
    public var mentions: [InfoMention]
    /// Information types the policy says are NOT collected ("我们不会收集您的通讯录").
    public var negations: [InfoMention]
    /// Third-party SDKs the policy names (SDK table rows or sentences).
    public var sdkDisclosures: [SDKDisclosure]
    public var deletion: DeletionTerms
    public var contact: ContactTerms
    public var personalisation: PersonalisationTerms
    /// Sentences using vagueness markers ("等信息", "包括但不限于") where a list belongs.
    public var vagueness: [Evidence]
    /// Sentences giving "to improve your experience / service" as the only purpose of a collection.
    public var improveExperienceOnly: [Evidence]
    /// Implied-consent clauses in the policy itself ("继续使用即视为同意").
    public var impliedConsent: [Evidence]
    /// The policy says how to withdraw consent (撤回同意); nil when the reader does not tell.
    public var withdrawalDescribed: Bool?
    public var withdrawalEvidence: [Evidence]?
    /// "更新日期" / "生效日期" as written (ISO yyyy-mm-dd where it could be parsed).
    public var updatedDate: String?
    public var effectiveDate: String?
    /// Rights, children, sensitive information, self-start, background, third parties, updates
    /// (the policy reader's further facts; nil when not read).
    public var details: PolicyDetails?
    /// The policy URLs fetched (`--fetch-policies`): answers, saved copies, failures. nil when not asked.
    public var fetches: [PolicyFetch]?

    public init(availability: Availability, source: [Evidence] = [], urls: [String] = [], mentions: [InfoMention] = [],
                negations: [InfoMention] = [], sdkDisclosures: [SDKDisclosure] = [],
                deletion: DeletionTerms = DeletionTerms(), contact: ContactTerms = ContactTerms(),
                personalisation: PersonalisationTerms = PersonalisationTerms(), vagueness: [Evidence] = [],
                improveExperienceOnly: [Evidence] = [], impliedConsent: [Evidence] = [],
                updatedDate: String? = nil, effectiveDate: String? = nil) {
        self.availability = availability; self.source = source; self.urls = urls; self.mentions = mentions
        self.negations = negations; self.sdkDisclosures = sdkDisclosures; self.deletion = deletion
        self.contact = contact; self.personalisation = personalisation; self.vagueness = vagueness
        self.improveExperienceOnly = improveExperienceOnly; self.impliedConsent = impliedConsent
        self.updatedDate = updatedDate; self.effectiveDate = effectiveDate
    }

    /// The policy's text was read, so silence in it means something.
    public var textAvailable: Bool { availability == .inPackage || availability == .supplied || availability == .fetched }

    /// The mention of `type`, if the policy mentions it.
    public func mention(of type: InfoType) -> InfoMention? { mentions.first { $0.type == type } }
    public func negation(of type: InfoType) -> InfoMention? { negations.first { $0.type == type } }
}

/// One information type the policy talks about.
public struct InfoMention: Codable, Hashable, Sendable {
    public var type: InfoType
    /// A purpose is stated for it ("用于…", "为了…").
    public var purposeStated: Bool
    /// Necessity or the effect of refusing is stated (PIPL 30 for sensitive information).
    public var necessityStated: Bool
    public var evidence: [Evidence]
    public init(type: InfoType, purposeStated: Bool = true, necessityStated: Bool = false, evidence: [Evidence] = []) {
        self.type = type; self.purposeStated = purposeStated; self.necessityStated = necessityStated; self.evidence = evidence
    }
}

/// A third-party SDK (or third party) the policy discloses.
public struct SDKDisclosure: Codable, Hashable, Sendable {
    /// The name as written ("友盟+ SDK", "穿山甲").
    public var name: String
    /// The company as written ("北京巨量引擎网络技术有限公司").
    public var vendor: String?
    /// Knowledge-base SDK id when the builder could resolve the name or vendor.
    public var sdkId: String?
    /// Information types the policy lists for this SDK.
    public var infoTypes: [InfoType]
    public var purpose: String?
    public var evidence: [Evidence]
    public init(name: String, vendor: String? = nil, sdkId: String? = nil, infoTypes: [InfoType] = [],
                purpose: String? = nil, evidence: [Evidence] = []) {
        self.name = name; self.vendor = vendor; self.sdkId = sdkId; self.infoTypes = infoTypes
        self.purpose = purpose; self.evidence = evidence
    }
}

/// Account deletion as the policy describes it.
public struct DeletionTerms: Codable, Hashable, Sendable {
    public enum Unit: String, Codable, Hashable, Sendable { case workingDays, calendarDays, hours }
    /// A way to delete the account (注销) is described.
    public var described: Bool
    /// The promised time limit, if any.
    public var limit: Int?
    public var unit: Unit?
    /// Extra conditions placed on deletion (手持身份证, 人脸, 无欠款...).
    public var conditions: [Evidence]
    public var evidence: [Evidence]
    public init(described: Bool = false, limit: Int? = nil, unit: Unit? = nil, conditions: [Evidence] = [], evidence: [Evidence] = []) {
        self.described = described; self.limit = limit; self.unit = unit; self.conditions = conditions; self.evidence = evidence
    }
}

/// Who runs the app and how to reach them.
public struct ContactTerms: Codable, Hashable, Sendable {
    public struct Channel: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, Hashable, Sendable { case email, phone, address, online, form }
        public var kind: Kind
        public var value: String
        public var evidence: [Evidence]
        public init(kind: Kind, value: String, evidence: [Evidence] = []) { self.kind = kind; self.value = value; self.evidence = evidence }
    }
    /// The operator's name as written (usually "...有限公司").
    public var operatorName: String?
    public var channels: [Channel]
    /// A complaint / report channel (投诉、举报) is described.
    public var complaintChannel: Bool
    public init(operatorName: String? = nil, channels: [Channel] = [], complaintChannel: Bool = false) {
        self.operatorName = operatorName; self.channels = channels; self.complaintChannel = complaintChannel
    }
}

/// Personalised recommendation / targeted push as the policy describes it.
public struct PersonalisationTerms: Codable, Hashable, Sendable {
    /// The policy says information is used for personalised recommendation, targeted ads or profiling.
    public var described: Bool
    /// The policy says how to turn it off (关闭个性化推荐, a switch, an opt-out path).
    public var optOutDescribed: Bool
    public var evidence: [Evidence]
    public init(described: Bool = false, optOutDescribed: Bool = false, evidence: [Evidence] = []) {
        self.described = described; self.optOutDescribed = optOutDescribed; self.evidence = evidence
    }
}
