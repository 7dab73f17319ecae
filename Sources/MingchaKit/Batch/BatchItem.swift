/// One app of a batch: where its package is and what the list says about it. `index` is the
/// app's position in the whole (unsharded) input, so shards and merges keep one order.
public struct BatchItem: Codable, Hashable, Sendable {
    public var index: Int
    public var path: String
    public var name: String?
    public var developer: String?
    /// Store or channel the package came from (应用商店, 来源).
    public var source: String?
    public var category: String?
    /// A privacy-policy file to read with the package.
    public var policy: String?
    /// A policy URL from the list: recorded as the app's policy link; fetched with `--fetch-policies`.
    public var policyURL: String?
    public var appid: String?

    public init(index: Int, path: String, name: String? = nil, developer: String? = nil, source: String? = nil,
                category: String? = nil, policy: String? = nil, policyURL: String? = nil, appid: String? = nil) {
        self.index = index; self.path = path; self.name = name; self.developer = developer; self.source = source
        self.category = category; self.policy = policy; self.policyURL = policyURL; self.appid = appid
    }
}
