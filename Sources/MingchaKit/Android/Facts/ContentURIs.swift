/// Reads through a content provider (`ContentResolver.query` and the other `needsURI` APIs of
/// the knowledge base): the information type comes from the URI, a const-string or a framework
/// `CONTENT_URI` constant read in the same method as the call (`KnowledgeBase.contentURIs`).
enum ContentURIs {
    static func sites(index: DexIndex, knowledge: KnowledgeBase) -> [CollectionFacts.Site] {
        guard !knowledge.contentURIs.isEmpty else { return [] }
        typealias Pair = DexIndex.ClassAndName
        var wanted: [Pair: String] = [:]
        for api in knowledge.sensitiveAPIs where api.needsURI {
            guard let c = index.names.lookup(api.owner), let n = index.names.lookup(api.method) else { continue }
            wanted[Pair(cls: c, name: n)] = api.id
        }
        guard !wanted.isEmpty else { return [] }
        var out: [CollectionFacts.Site] = []
        var done = Set<Int32>()
        for (m, apiName) in index.members(of: index.methodKeys, in: wanted) {
            for e in index.calls.edges(to: m) {
                let caller = index.calls.from[Int(e)]
                guard done.insert(caller).inserted, let ref = index.methodRef(caller) else { continue }
                let file = index.definingClass(ofMethod: caller)?.dexFile
                var found: [InfoType: String] = [:]
                for s in index.constStrings.edges(from: caller) {
                    let text = index.names[index.constStrings.to[Int(s)]]
                    guard text.hasPrefix("content://"), let t = knowledge.contentURI(forURI: text) else { continue }
                    for type in t.infoTypes where found[type] == nil { found[type] = "\"" + text + "\"" }
                }
                for f in index.fieldAccesses.edges(from: caller) where DexIndex.isFieldRead(index.fieldAccesses.op[Int(f)]) {
                    guard let field = index.fieldRef(index.fieldAccesses.to[Int(f)]), field.type == "Landroid/net/Uri;",
                          let t = knowledge.contentURI(field: DexNames.descriptor(field.className) + "->" + field.name) else { continue }
                    for type in t.infoTypes where found[type] == nil { found[type] = field.smali }
                }
                for (t, uri) in found.sorted(by: { $0.key < $1.key }) {
                    out.append(.init(infoTypes: [t], caller: caller,
                                     evidence: Evidence(.dexCall, file: file, location: ref.smali, detail: apiName + " of " + uri)))
                }
            }
        }
        return out
    }
}
