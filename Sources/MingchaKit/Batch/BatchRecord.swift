/// One line of `results.jsonl`: the listed app, the key its result is stored under, and the
/// report (the same document `mingcha scan --format json` prints, or an error report written by
/// the batch when the child scan timed out, crashed or hit the memory cap).
public struct BatchRecord: Codable, Sendable {
    public var key: String
    public var item: BatchItem
    public var report: ScanReport

    public init(key: String, item: BatchItem, report: ScanReport) {
        self.key = key; self.item = item; self.report = report
    }

    /// The list's name wins over the package's label: it is what the regulator calls the app.
    public var displayName: String { item.name ?? report.displayName }
    public var developer: String? { item.developer ?? report.facts?.identity.developer }
    public var htmlPath: String { "\(Self.pagesFolder)/\(key).html" }
    /// The folder of the per-app pages inside a batch output folder.
    public static let pagesFolder = "apps"
}
