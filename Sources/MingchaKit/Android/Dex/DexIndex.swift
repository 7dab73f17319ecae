/// Everything the rules ask of an app's code, over all of its DEX files: classes and their
/// hierarchy, every method and field reference under one global numbering, and per method the
/// invoke targets, const-strings and field accesses. Edges are integer pairs; strings are interned
/// and turned into `MethodRef`s only when a query asks.
public struct DexIndex: Sendable {
    /// Names of the DEX files, in load order (classes.dex, classes2.dex, ...).
    public internal(set) var dexFiles: [String] = []
    public internal(set) var classes: [DexClass] = []
    /// Invoke instructions: caller method id -> callee method id, op = invoke opcode.
    public internal(set) var calls = DexEdgeList()
    /// const-string / const-string/jumbo: method id -> string id.
    public internal(set) var constStrings = DexEdgeList()
    /// iget*/iput*/sget*/sput*: method id -> field id, op = the opcode.
    public internal(set) var fieldAccesses = DexEdgeList()
    /// const-class, check-cast, instance-of, new-instance, new-array, filled-new-array:
    /// method id -> interned type descriptor, op = the opcode.
    public internal(set) var typeRefs = DexEdgeList()
    /// const / const-high16 loading an app resource id (0x7fxxxxxx): method id -> the id as Int32.
    /// Only the `from` direction is indexed (ids are not dense).
    public internal(set) var resourceLiterals = DexEdgeList()
    /// Classes defined twice (the first DEX wins, as in Android's class loader).
    public internal(set) var duplicateClasses: [String] = []
    /// What could not be read; non-empty means the index is partial.
    public internal(set) var problems: [DexIndexProblem] = []
    public var isPartial: Bool { !problems.isEmpty }

    var names = DexInterner()
    /// Global methods and fields: interned (class descriptor, name, proto or type).
    var methodKeys: [MemberKey] = []
    var methodSlots = IdSlots()
    var fieldKeys: [MemberKey] = []
    var fieldSlots = IdSlots()
    /// For each global method id: the class index that defines it, or -1.
    var methodClass: [Int32] = []
    var methodFlags: [UInt32] = []
    var classByName: [String: Int32] = [:]
    /// Class index -> interned descriptor id, as read from the class_def.
    var classDescriptors: [Int32] = []
    /// The classes naming each supertype (by interned descriptor) as their superclass or as an
    /// interface, as `descriptor << 32 | class index` sorted: found by a binary search on an id
    /// instead of a dictionary keyed by name, which cost the index a string hash and an array per
    /// class.
    var subclassLinks: [UInt64] = []
    var implementorLinks: [UInt64] = []

    struct MemberKey: Hashable, Sendable {
        var cls: Int32, name: Int32, sig: Int32
    }

    // MARK: - Methods and fields

    public var methodCount: Int { methodKeys.count }
    public var fieldCount: Int { fieldKeys.count }

    public func methodRef(_ id: Int32) -> MethodRef? {
        guard id >= 0, Int(id) < methodKeys.count else { return nil }
        let k = methodKeys[Int(id)]
        return MethodRef(descriptor: names[k.cls], name: names[k.name], proto: names[k.sig])
    }

    /// The method's simple name (`onCreate`).
    public func name(of method: DexMethod) -> String { names[methodKeys[Int(method.id)].name] }

    /// The method's smali descriptor without building a MethodRef.
    public func smali(ofMethod id: Int32) -> String? {
        guard id >= 0, Int(id) < methodKeys.count else { return nil }
        let k = methodKeys[Int(id)]
        return names[k.cls] + "->" + names[k.name] + names[k.sig]
    }

    public func methodId(_ ref: MethodRef) -> Int32? {
        guard let c = names.lookup(DexNames.descriptor(ref.className)), let n = names.lookup(ref.name),
              let p = names.lookup(ref.proto) else { return nil }
        return methodId(key: MemberKey(cls: c, name: n, sig: p))
    }

    public func fieldRef(_ id: Int32) -> FieldRef? {
        guard id >= 0, Int(id) < fieldKeys.count else { return nil }
        let k = fieldKeys[Int(id)]
        return FieldRef(descriptor: names[k.cls], name: names[k.name], type: names[k.sig])
    }

    public func fieldId(_ ref: FieldRef) -> Int32? {
        guard let c = names.lookup(DexNames.descriptor(ref.className)), let n = names.lookup(ref.name),
              let t = names.lookup(ref.type) else { return nil }
        return fieldId(key: MemberKey(cls: c, name: n, sig: t))
    }

    func methodId(key: MemberKey) -> Int32? { methodSlots.find(key, in: methodKeys) }
    func fieldId(key: MemberKey) -> Int32? { fieldSlots.find(key, in: fieldKeys) }

    /// Every method referenced or defined anywhere in the app.
    public var methodRefs: [MethodRef] { (0..<Int32(methodKeys.count)).compactMap { methodRef($0) } }
    /// Every field referenced or defined anywhere in the app.
    public var fieldRefs: [FieldRef] { (0..<Int32(fieldKeys.count)).compactMap { fieldRef($0) } }

    /// The class that defines method `id` in this app, if any.
    public func definingClass(ofMethod id: Int32) -> DexClass? {
        guard id >= 0, Int(id) < methodClass.count, methodClass[Int(id)] >= 0 else { return nil }
        return classes[Int(methodClass[Int(id)])]
    }

    public func isDefined(_ id: Int32) -> Bool { definingClass(ofMethod: id) != nil }

    public func interned(_ id: Int32) -> String? {
        guard id >= 0, Int(id) < names.strings.count else { return nil }
        return names[id]
    }

    // MARK: - Classes

    public func `class`(named dotted: String) -> DexClass? {
        classByName[dotted].map { classes[Int($0)] }
    }

    /// Direct subclasses (or, with `transitive`, all descendants) defined in the app.
    public func subclasses(of dotted: String, transitive: Bool = false) -> [DexClass] {
        guard let d = names.lookup(DexNames.descriptor(dotted)) else { return [] }
        var out: [DexClass] = []
        var queue = [d]
        // Class indices met; a class with the asked descriptor is never listed, so a cycle back
        // to it (a hostile DEX) does not make it its own subclass. Ids, not names, decide.
        var seen = Set<Int32>()
        while let desc = queue.popLast() {
            for i in DexIndex.linked(to: desc, in: subclassLinks) {
                guard classDescriptors[Int(i)] != d, seen.insert(i).inserted else { continue }
                let c = classes[Int(i)]
                out.append(c)
                if transitive { queue.append(classDescriptors[Int(i)]) }
            }
        }
        return out.sorted { $0.name < $1.name }
    }

    /// Classes that name `dotted` among their directly implemented interfaces.
    public func implementors(of dotted: String) -> [DexClass] {
        guard let d = names.lookup(DexNames.descriptor(dotted)) else { return [] }
        return DexIndex.linked(to: d, in: implementorLinks).map { classes[Int($0)] }
    }

    // MARK: - Call sites

    /// Invokes of any method of `className` (dotted), optionally only those named `method`.
    public func callSites(toClass className: String, method: String? = nil) -> [DexCallSite] {
        guard let c = names.lookup(DexNames.descriptor(className)) else { return [] }
        let n: Int32? = method.flatMap { names.lookup($0) }
        if method != nil && n == nil { return [] }
        var out: [DexCallSite] = []
        for (id, k) in methodKeys.enumerated() where k.cls == c && (n == nil || k.name == n) {
            out += callSites(toMethodId: Int32(id))
        }
        return out
    }

    /// Invokes of exactly this method, e.g. `Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;`.
    public func callSites(matching smali: String) -> [DexCallSite] {
        guard let ref = MethodRef(smali: smali), let id = methodId(ref) else { return [] }
        return callSites(toMethodId: id)
    }

    public func callSites(toMethodId id: Int32) -> [DexCallSite] {
        calls.edges(to: id).compactMap { callSite(edge: Int($0)) }
    }

    /// Call site number `e` (0 ..< calls.count).
    public func callSite(edge e: Int) -> DexCallSite? {
        guard e >= 0, e < calls.count, let caller = methodRef(calls.from[e]), let callee = methodRef(calls.to[e]) else {
            return nil
        }
        return DexCallSite(caller: caller, callee: callee, opcode: calls.op[e],
                           dexFile: definingClass(ofMethod: calls.from[e])?.dexFile ?? "")
    }

    /// Distinct methods `method` invokes, in first-call order.
    public func callees(of method: MethodRef) -> [MethodRef] {
        guard let id = methodId(method) else { return [] }
        return distinct(calls.edges(from: id).map { calls.to[Int($0)] }).compactMap { methodRef($0) }
    }

    /// Distinct methods that invoke `method`.
    public func callers(of method: MethodRef) -> [MethodRef] {
        guard let id = methodId(method) else { return [] }
        return distinct(calls.edges(to: id).map { calls.from[Int($0)] }).compactMap { methodRef($0) }
    }

    public func calleeIds(of id: Int32) -> [Int32] { calls.edges(from: id).map { calls.to[Int($0)] } }
    public func callerIds(of id: Int32) -> [Int32] { calls.edges(to: id).map { calls.from[Int($0)] } }

    // MARK: - Strings and fields per method

    /// const-string values in `method`, in code order (repeats kept).
    public func strings(in method: MethodRef) -> [String] {
        guard let id = methodId(method) else { return [] }
        return constStrings.edges(from: id).map { names[constStrings.to[Int($0)]] }
    }

    /// Methods that load the constant `value` with const-string.
    public func methods(usingString value: String) -> [MethodRef] {
        guard let s = names.lookup(value) else { return [] }
        return distinct(constStrings.edges(to: s).map { constStrings.from[Int($0)] }).compactMap { methodRef($0) }
    }

    /// Field reads (iget*/sget*) in `method`, in code order.
    public func fieldReads(in method: MethodRef) -> [FieldRef] {
        fieldAccesses(in: method, reads: true)
    }

    /// Field writes (iput*/sput*) in `method`, in code order.
    public func fieldWrites(in method: MethodRef) -> [FieldRef] {
        fieldAccesses(in: method, reads: false)
    }

    private func fieldAccesses(in method: MethodRef, reads: Bool) -> [FieldRef] {
        guard let id = methodId(method) else { return [] }
        return fieldAccesses.edges(from: id)
            .filter { DexIndex.isFieldRead(fieldAccesses.op[Int($0)]) == reads }
            .compactMap { fieldRef(fieldAccesses.to[Int($0)]) }
    }

    /// Type descriptors a method names in code (`new-instance`, `const-class`, casts, arrays), in code order.
    public func types(in method: MethodRef) -> [String] {
        guard let id = methodId(method) else { return [] }
        return typeRefs.edges(from: id).map { names[typeRefs.to[Int($0)]] }
    }

    /// Methods that name class `dotted` in code; `op` limits to one opcode (0x22 new-instance, 0x1c const-class).
    public func methods(referencingType dotted: String, op: UInt8? = nil) -> [MethodRef] {
        guard let t = names.lookup(DexNames.descriptor(dotted)) else { return [] }
        let e = typeRefs.edges(to: t).filter { op == nil || typeRefs.op[Int($0)] == op }
        return distinct(e.map { typeRefs.from[Int($0)] }).compactMap { methodRef($0) }
    }

    /// Methods that read `field` (e.g. `Landroid/os/Build;->SERIAL:Ljava/lang/String;`).
    public func readers(of field: FieldRef) -> [MethodRef] {
        guard let id = fieldId(field) else { return [] }
        let e = fieldAccesses.edges(to: id).filter { DexIndex.isFieldRead(fieldAccesses.op[Int($0)]) }
        return distinct(e.map { fieldAccesses.from[Int($0)] }).compactMap { methodRef($0) }
    }

    /// iget 0x52-0x58 and sget 0x60-0x66 read; iput/sput write.
    static func isFieldRead(_ op: UInt8) -> Bool { (0x52...0x58).contains(op) || (0x60...0x66).contains(op) }

    private func distinct(_ ids: [Int32]) -> [Int32] {
        var seen = Set<Int32>()
        return ids.filter { seen.insert($0).inserted }
    }
}

/// A class defined in the app.
public struct DexClass: Sendable, Hashable {
    /// Dotted, e.g. `com.umeng.commonsdk.UMConfigure`.
    public var name: String
    public var superclass: String?
    public var interfaces: [String]
    public var accessFlags: UInt32
    /// The DEX file that defines it (`classes2.dex`).
    public var dexFile: String
    public var methods: [DexMethod]
    public var hasStaticInitializer: Bool

    public var evidence: Evidence { Evidence(.dexClass, file: dexFile, location: name) }
}

public struct DexMethod: Sendable, Hashable {
    /// Global method id in the index: `DexIndex.methodRef(id)` and `name(of:)` give its class,
    /// name and proto (not copied here: a reference per method cost megabytes on large apps).
    public var id: Int32
    public var accessFlags: UInt32
    public var hasCode: Bool
}

/// One invoke instruction.
public struct DexCallSite: Sendable, Hashable {
    public var caller: MethodRef
    public var callee: MethodRef
    /// invoke-virtual 0x6e ... invoke-interface/range 0x78, invoke-polymorphic 0xfa/0xfb.
    public var opcode: UInt8
    public var dexFile: String

    public var evidence: Evidence {
        Evidence(.dexCall, file: dexFile, location: caller.smali, detail: callee.smali)
    }
}

public struct DexIndexProblem: Sendable, Hashable {
    public var dexFile: String
    /// Class or method being read, when known.
    public var location: String?
    public var code: String
    public var message: String
}
