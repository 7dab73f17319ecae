/// The app's code: one `DexIndex` over the base APK and every split, read one DEX at a time.
/// Split entries are named `<split>!/classes.dex` so evidence points at the right file.
struct AndroidCode {
    /// The DEX entries in load order, named as evidence names them.
    let order: [String]
    private let source: [String: (ZipArchive, String)]
    private let limits: ScanLimits
    /// Read and parse the next file on another core while one is indexed (see `init`).
    private let prefetch: Bool
    /// The first DEX file, read and parsed on another core since `init` (nil when not prefetched).
    private let first: Background<DexFile?>?

    /// Finds the code files. With `prefetch`, the first is inflated and parsed on another core at
    /// once, so it is ready when the manifest and resources have been read, and each next file is
    /// while the one before it is indexed. Nothing is prefetched when the inflate budget might not
    /// hold every entry: which entry then fails depends on the order of reads, and it must stay
    /// the one it is without prefetching.
    init(_ input: ApkInput, limits: ScanLimits, prefetch: Bool = false) {
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
        self.limits = limits
        self.prefetch = prefetch && input.budgetHoldsEveryEntry
        first = self.prefetch ? order.first.flatMap { AndroidCode.startLoading($0, source, limits) } : nil
    }

    var isPrefetching: Bool { first != nil }

    func index() throws -> DexIndex {
        var pending: (key: String, file: Background<DexFile?>)? = first.map { (order[0], $0) }
        return try DexIndex.build(parsing: order, limits: limits) { key in
            // `build` asks for the files in `order`; the next one starts before this one is handed over.
            let ahead = pending?.key == key ? pending?.file : nil
            pending = nil
            if prefetch, let at = order.firstIndex(of: key), at + 1 < order.count,
               let file = AndroidCode.startLoading(order[at + 1], source, limits) {
                pending = (order[at + 1], file)
            }
            if let ahead { return try ahead.take() }
            return try AndroidCode.load(key, source, limits)
        }
    }

    static func index(_ input: ApkInput, limits: ScanLimits) throws -> DexIndex {
        try AndroidCode(input, limits: limits).index()
    }

    /// Inflates and parses `key`; nil when the archive has no such entry.
    private static func load(_ key: String, _ source: [String: (ZipArchive, String)], _ limits: ScanLimits) throws -> DexFile? {
        guard let (archive, entry) = source[key], let bytes = try archive.read(entry) else { return nil }
        return try DexFile.parse(bytes, name: key, limits: limits)
    }

    /// Starts `load` on another core (under the scan's deadline, as `Background` runs it).
    private static func startLoading(_ key: String, _ source: [String: (ZipArchive, String)],
                                     _ limits: ScanLimits) -> Background<DexFile?>? {
        guard source[key] != nil else { return nil }
        return Background { try load(key, source, limits) }
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
