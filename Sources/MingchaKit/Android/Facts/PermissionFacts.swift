/// `<uses-permission>` entries with what the knowledge base says they expose. A permission the
/// knowledge base does not know is kept, not sensitive, with no information types.
enum PermissionFacts {
    static func facts(manifest: AndroidManifest, knowledge: KnowledgeBase) -> [PermissionFact] {
        var seen = Set<String>()
        var out: [PermissionFact] = []
        for p in manifest.usesPermissions {
            let info = knowledge.permission(named: p.name)
            if seen.insert(p.name).inserted {
                out.append(PermissionFact(name: p.name, zhName: info?.zhName, infoTypes: info?.infoTypes ?? [],
                                          sensitive: info?.sensitive ?? false, evidence: [p.evidence]))
            } else if let i = out.firstIndex(where: { $0.name == p.name }) {
                out[i].evidence.append(p.evidence)
            }
        }
        return out
    }
}
