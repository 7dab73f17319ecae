import Foundation

/// Turns input directories into batch items: every package file below them (by extension), in
/// sorted path order so that every machine of a sharded run sees the same list.
public enum BatchDiscovery {
    /// Extensions taken as packages. Other files are skipped so a folder can also hold notes,
    /// policies and lists.
    public static let packageExtensions: Set<String> = ["apk", "apks", "xapk", "apkm", "wxapkg"]
    /// Bound on the walk, so a huge or looping tree cannot stall the batch before it starts.
    public static let maxFiles = 1_000_000

    public static func packages(in directory: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) else { throw BatchError.missingInput(directory) }
        if !isDir.boolValue { return [URL(fileURLWithPath: directory).standardizedFileURL.path] }
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { throw BatchError.missingInput(directory) }
        var out: [String] = []
        var seen = 0
        for case let url as URL in walker {
            seen += 1
            if seen > maxFiles { break }
            guard packageExtensions.contains(url.pathExtension.lowercased()) else { continue }
            // fileExists follows symbolic links, so a folder of links to packages works too.
            var sub: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &sub), !sub.boolValue else { continue }
            out.append(url.standardizedFileURL.path)
        }
        return out.sorted()
    }

    /// All items: directories (and single files) first, in argument order, then list files.
    public static func items(inputs: [String], lists: [String]) throws -> [BatchItem] {
        var items: [BatchItem] = []
        for input in inputs {
            for p in try packages(in: input) { items.append(BatchItem(index: items.count, path: p)) }
        }
        for list in lists { items += try BatchListFile.load(path: list, firstIndex: items.count) }
        return items
    }
}
