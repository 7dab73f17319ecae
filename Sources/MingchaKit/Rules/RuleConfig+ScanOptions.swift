extension ScanOptions {
    /// The rule configuration a scan asks for: the `ruleConfigPath` file (if any), with
    /// `category` on top.
    public func ruleConfig() throws -> RuleConfig {
        var c = try ruleConfigPath.map { try RuleConfig.load(path: $0) } ?? RuleConfig()
        if let category, !category.isEmpty { c.category = category }
        return c
    }
}
