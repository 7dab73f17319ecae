/// `*` wildcards over a file name (no other metacharacters), for native-library name families.
enum NativeLibGlob {
    static func matches(_ name: String, _ glob: String) -> Bool {
        let parts = glob.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return name == glob }
        var rest = Substring(name)
        guard let first = parts.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 { return part.isEmpty || (rest.hasSuffix(part) && rest.count >= part.count) }
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }
}
