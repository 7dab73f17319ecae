/// The app's code: one `DexIndex` over the base APK and every split, read one DEX at a time.
/// Split entries are named `<split>!/classes.dex` so evidence points at the right file.
struct AndroidCode {
    /// The DEX entries in load order, named as evidence names them.
    let order: [String]
    private let source: [String: (ZipArchive, String)]
    /// Inflate the next file on another core while one is indexed (see `init`).
    private let prefetch: Bool
    /// The first DEX file, inflating on another core since `init` (nil when not prefetched).
    private let first: Background<[UInt8]?>?

    /// Finds the code files. With `prefetch`, the first starts inflating on another core at once,
    /// so it is ready when the manifest and resources have been read, and each next file inflates
    /// while the one before it is indexed. Nothing is prefetched when the inflate budget might not
    /// hold every entry: which entry then fails depends on the order of reads, and it must stay
    /// the one it is without prefetching.
    init(_ input: ApkInput, prefetch: Bool = false) {
        var order: [String] = []
        var source: [String: (ZipArchive, String)] = [:]
        for (n, archive) in input.archives.enumerated() {
            for entry in DexIndex.loadOrder(archive.entries.map(\.name)) {
                let key = n == 0 ? entry : archive.name + "!/" + entry
                guard source[key] == nil else { continue }
                order.append(key)
                source[key] = (archive, entry)
            }
        }
        self.order = order
        self.source = source
        self.prefetch = prefetch && AndroidCode.budgetHoldsAll(input)
        first = self.prefetch ? order.first.flatMap { AndroidCode.startReading($0, source) } : nil
    }

    var isPrefetching: Bool { first != nil }

    func index(limits: ScanLimits) throws -> DexIndex {
        var pending: (key: String, bytes: Background<[UInt8]?>)? = first.map { (order[0], $0) }
        var position = 0
        return try DexIndex.build(reading: order, limits: limits) { key in
            // Files are asked for in `order`; the next one starts before this one is handed over.
            var bytes: Background<[UInt8]?>?
            if let p = pending, p.key == key { bytes = p.bytes }
            pending = nil
            if let at = order[position...].firstIndex(of: key) { position = at + 1 }
            if prefetch, position < order.count, let next = AndroidCode.startReading(order[position], source) {
                pending = (order[position], next)
            }
            if let bytes { return try bytes.take() }
            guard let (archive, entry) = source[key] else { return nil }
            return try archive.read(entry)
        }
    }

    /// Starts inflating `key` on another core (under the scan's deadline, as `Background` runs it).
    private static func startReading(_ key: String, _ source: [String: (ZipArchive, String)]) -> Background<[UInt8]?>? {
        guard let (archive, entry) = source[key] else { return nil }
        return Background { try archive.read(entry) }
    }

    static func index(_ input: ApkInput, limits: ScanLimits) throws -> DexIndex {
        try AndroidCode(input).index(limits: limits)
    }

    /// Whether the bytes every entry declares fit in what is left of the app's inflate budget
    /// (entries cannot inflate to more than they declare).
    private static func budgetHoldsAll(_ input: ApkInput) -> Bool {
        let budget = input.base.budget
        var left = budget.limit - budget.consumed
        for archive in input.archives {
            for e in archive.entries {
                left -= e.uncompressedSize
                if left < 0 { return false }
            }
        }
        return true
    }

    /// The index's read problems as scan problems: the first few as they are, the rest counted,
    /// so one hostile DEX with 100 000 broken methods does not flood the report.
    static func problems(_ index: DexIndex, keep: Int = 8) -> [ScanProblem] {
        var out: [ScanProblem] = []
        for p in index.problems.prefix(keep) {
            let where_ = p.location.map { " (\($0))" } ?? ""
            out.append(ScanProblem(code: p.code, message: "\(p.dexFile)\(where_): \(p.message)"))
        }
        if index.problems.count > keep {
            let files = Set(index.problems.map(\.dexFile)).sorted().joined(separator: ", ")
            out.append(ScanProblem(code: "dex.more-problems",
                                   message: "\(index.problems.count - keep) more unreadable parts of the code in \(files); their classes or methods are missing from the analysis"))
        }
        return out
    }
}
