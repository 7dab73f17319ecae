/// String resources a method names by id (`const v0, 0x7f12...` then getString / setText),
/// resolved through the resource table, so wording kept in strings.xml counts like literals.
enum ResourceStrings {
    static func strings(dex: DexIndex, method m: Int32, resources: ResourceTable?) -> [String] {
        guard let resources else { return [] }
        return dex.resourceIds(in: m).compactMap { resources.string($0) }
    }
}
