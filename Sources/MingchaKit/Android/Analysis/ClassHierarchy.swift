/// The app's classes as integer nodes: descriptor ids, superclass links and method lookup by
/// (name, proto), built once from a DexIndex so call resolution never touches strings.
struct ClassHierarchy {
    /// Class index -> interned descriptor id (-1 when the name was never interned).
    private(set) var descriptorId: [Int32] = []
    /// Class index -> superclass index, -1 when the superclass is not in the app.
    private(set) var superIndex: [Int32] = []
    /// Interned descriptor id -> class index, -1 when no app class has that name.
    private var classOfDescriptor: [Int32]
    let dex: DexIndex

    init(_ dex: DexIndex) {
        self.dex = dex
        classOfDescriptor = [Int32](repeating: -1, count: dex.names.strings.count)
        descriptorId.reserveCapacity(dex.classes.count)
        for (i, c) in dex.classes.enumerated() {
            let d = dex.recordedDescriptor(ofClass: i) ?? dex.names.lookup(DexNames.descriptor(c.name)) ?? -1
            descriptorId.append(d)
            if d >= 0, classOfDescriptor[Int(d)] < 0 { classOfDescriptor[Int(d)] = Int32(i) }
        }
        superIndex = dex.classes.map { c in c.superclass.flatMap { dex.classByName[$0] } ?? -1 }
    }

    func classIndex(descriptor d: Int32) -> Int32? {
        guard d >= 0, Int(d) < classOfDescriptor.count, classOfDescriptor[Int(d)] >= 0 else { return nil }
        return classOfDescriptor[Int(d)]
    }

    /// The method with this name and proto that class `ci` defines itself.
    func defined(in ci: Int32, name: Int32, sig: Int32) -> Int32? {
        let d = descriptorId[Int(ci)]
        guard d >= 0, let id = dex.methodId(key: DexIndex.MemberKey(cls: d, name: name, sig: sig)),
              dex.methodClass[Int(id)] == ci else { return nil }
        return id
    }

    /// The method a call on class `ci` lands in: its own or the nearest app superclass's.
    func resolveUp(from ci: Int32, name: Int32, sig: Int32) -> Int32? {
        var c = ci
        var hops = 0
        while c >= 0 && hops < 64 {
            if let id = defined(in: c, name: name, sig: sig) { return id }
            c = superIndex[Int(c)]
            hops += 1
        }
        return nil
    }

    /// Methods of class `ci` (or its app superclasses) named `name`, any proto: for entry points
    /// whose proto varies (androidx.startup `create`).
    func methods(named name: String, from ci: Int32) -> [DexMethod] {
        guard let n = dex.names.lookup(name) else { return [] }
        var c = ci
        var hops = 0
        while c >= 0 && hops < 64 {
            let found = dex.classes[Int(c)].methods.filter { dex.methodKeys[Int($0.id)].name == n && $0.hasCode }
            if !found.isEmpty { return found }
            c = superIndex[Int(c)]
            hops += 1
        }
        return []
    }

    /// App classes below `ci` (subclasses, and for an interface its implementors and theirs),
    /// at most `cap`: virtual and interface calls may land in any of them. `cap` is small (the
    /// call graph's overrider bound), so what was seen is looked up in the result itself.
    func descendants(of ci: Int32, cap: Int) -> [Int32] {
        var out: [Int32] = []
        var stack = [ci]
        while let c = stack.popLast(), out.count < cap {
            let d = dex.classDescriptors[Int(c)]
            func take(_ links: [UInt64]) {
                for i in DexIndex.linked(to: d, in: links) where i != ci && !out.contains(i) {
                    guard out.count < cap else { return }
                    out.append(i)
                    stack.append(i)
                }
            }
            take(dex.subclassLinks)
            take(dex.implementorLinks)
        }
        return out
    }
}
