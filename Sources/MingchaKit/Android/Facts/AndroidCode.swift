/// The app's code: one `DexIndex` over the base APK and every split, read one DEX at a time.
/// Split entries are named `<split>!/classes.dex` so evidence points at the right file.
enum AndroidCode {
    static func index(_ input: ApkInput, limits: ScanLimits) throws -> DexIndex {
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
        return try DexIndex.build(reading: order, limits: limits) { key in
            guard let (archive, entry) = source[key] else { return nil }
            return try archive.read(entry)
        }
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
