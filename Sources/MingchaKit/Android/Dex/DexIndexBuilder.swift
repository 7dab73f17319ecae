extension DexIndex {
    /// Indexes all DEX files of one app, in load order. Unreadable methods are recorded in
    /// `problems` and skipped; only a count over `ScanLimits` throws.
    public static func build(_ files: [DexFile], limits: ScanLimits = ScanLimits()) throws -> DexIndex {
        guard files.count <= limits.maxDexCount else {
            throw DexError.tooLarge(what: "files", count: files.count, limit: limits.maxDexCount)
        }
        var b = DexIndexBuilder(limits: limits)
        for f in files { b.add(f) }
        return b.finish()
    }

    /// Parses and indexes an app's DEX files (`classes.dex`, `classes2.dex`, ... in that order).
    /// A file that cannot be parsed is recorded in `problems` and the others are still indexed.
    public static func build(named files: [(name: String, bytes: [UInt8])], limits: ScanLimits = ScanLimits()) throws -> DexIndex {
        guard files.count <= limits.maxDexCount else {
            throw DexError.tooLarge(what: "files", count: files.count, limit: limits.maxDexCount)
        }
        var b = DexIndexBuilder(limits: limits)
        for f in files {
            do {
                b.add(try DexFile.parse(f.bytes, name: f.name, limits: limits))
            } catch {
                b.problem(f.name, nil, error)
            }
        }
        return b.finish()
    }

    /// Reads, parses and indexes DEX files one at a time, so only one file's bytes are held at
    /// once; `read` returns nil for a missing entry. Read or parse failures are recorded in `problems`.
    public static func build(reading names: [String], limits: ScanLimits = ScanLimits(),
                             read: (String) throws -> [UInt8]?) throws -> DexIndex {
        try build(parsing: names, limits: limits) { n in try read(n).map { try DexFile.parse($0, name: n, limits: limits) } }
    }

    /// As above, with `load` reading and parsing each file (it may have done so ahead, on another core).
    static func build(parsing names: [String], limits: ScanLimits, load: (String) throws -> DexFile?) throws -> DexIndex {
        guard names.count <= limits.maxDexCount else {
            throw DexError.tooLarge(what: "files", count: names.count, limit: limits.maxDexCount)
        }
        var b = DexIndexBuilder(limits: limits)
        for n in names {
            do {
                guard let dex = try load(n) else { continue }
                b.add(dex)
            } catch {
                b.problem(n, nil, error)
            }
        }
        return b.finish()
    }

    /// The APK entries Android loads as code, in its order: `classes.dex`, then `classes2.dex`,
    /// `classes3.dex`, ... (numeric, not lexical). Only root entries count; `classes1.dex` is not a
    /// name Android uses. ART stops at the first gap; we keep later files, since code there can
    /// still be loaded by the app itself.
    public static func loadOrder(_ names: [String]) -> [String] {
        func number(_ n: String) -> Int? {
            guard !n.utf8.contains(UInt8(ascii: "/")), n.hasPrefix("classes"), n.hasSuffix(".dex"), n.utf8.count >= 11 else { return nil }
            let mid = n.dropFirst(7).dropLast(4)
            if mid.isEmpty { return 1 }
            guard let k = Int(mid), k >= 2, String(k) == mid else { return nil }
            return k
        }
        return names.compactMap { n in number(n).map { (n, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }
}

/// Maps one DEX file's local indices to the index's global ids, each resolved at most once.
struct LocalIds {
    var string: [Int32], type: [Int32], proto: [Int32], method: [Int32], field: [Int32]
    init(_ d: DexFile) {
        string = Array(repeating: -1, count: d.stringCount)
        type = Array(repeating: -1, count: d.typeCount)
        proto = Array(repeating: -1, count: d.protoCount)
        method = Array(repeating: -1, count: d.methodCount)
        field = Array(repeating: -1, count: d.fieldCount)
    }
}

struct DexIndexBuilder {
    var index = DexIndex()
    let limits: ScanLimits
    private var classByDescriptor: [Int32: Int32] = [:]
    var callsFull = false
    /// Walk every method with the full instruction decoder (tests compare it with the reference scan).
    var decodeEveryInstruction = false
    /// Work bounds per DEX, so items shared or overlapping in a hostile file cannot multiply the
    /// work: code units walked, string bytes decoded (a real file needs each at most once).
    private var unitBudget = 0
    private var stringBudget = 0
    private var interfaceNames: [UInt32: (names: [String], ids: [Int32])] = [:]
    private var protoBytes: [UInt8] = []

    init(limits: ScanLimits) { self.limits = limits }

    mutating func add(_ dex: DexFile) {
        index.dexFiles.append(dex.name)
        for p in dex.problems { problem(dex.name, nil, p) }
        var ids = LocalIds(dex)
        // Room for every id of this file at once: growing the tables step by step rehashes them each time.
        index.names.reserve(dex.stringCount)
        index.classByName.reserveCapacity(index.classByName.count + dex.classDefs.count)
        index.classes.reserveCapacity(index.classes.count + dex.classDefs.count)
        index.classDescriptors.reserveCapacity(index.classDescriptors.count + dex.classDefs.count)
        index.methodSlots.reserve(dex.methodCount, in: &index.methodKeys)
        index.fieldSlots.reserve(dex.fieldCount, in: &index.fieldKeys)
        unitBudget = 2 * dex.bytes.count + 65_536
        stringBudget = 2 * dex.bytes.count + 65_536
        interfaceNames = [:]
        // Methods with code, walked after their classes are known.
        var bodies: [(method: Int32, local: UInt32, codeOff: UInt32)] = []
        let deadline = ScanDeadline.current
        for c in dex.classDefs {
            if deadline.expired { return timedOut(dex.name, deadline) }
            let known = bodies.count
            do {
                try addClass(c, dex, &ids, &bodies)
            } catch {
                bodies.removeSubrange(known...)   // the failed class's methods are not walked
                problem(dex.name, (try? dex.typeDescriptor(c.classIdx)).map(DexNames.dotted), error)
            }
        }
        for (n, body) in bodies.enumerated() {
            if n & 63 == 0, deadline.expired { return timedOut(dex.name, deadline) }
            do {
                try walk(dex, body.method, body.local, body.codeOff, &ids)
            } catch {
                problem(dex.name, index.smali(ofMethod: body.method), error)
            }
        }
    }

    /// The app's time is up: the index stays partial, with one `scan.timeout` problem.
    private mutating func timedOut(_ file: String, _ deadline: ScanDeadline) {
        if !index.problems.contains(where: { $0.code == "scan.timeout" }) {
            problem(file, nil, PipelineError.timedOut(deadline.seconds))
        }
    }

    mutating func problem(_ file: String, _ location: String?, _ e: Error) {
        let code = (e as? MingchaError)?.code ?? "dex.malformed"
        index.problems.append(DexIndexProblem(dexFile: file, location: location, code: code, message: "\(e)"))
    }

    // MARK: - Classes

    private mutating func addClass(_ c: DexClassDef, _ dex: DexFile, _ ids: inout LocalIds,
                                   _ bodies: inout [(method: Int32, local: UInt32, codeOff: UInt32)]) throws {
        let desc = try type(c.classIdx, dex, &ids)
        let name = DexNames.dotted(index.names[desc])
        if classByDescriptor[desc] != nil {
            index.duplicateClasses.append(name)
            return
        }
        // Nothing of the class is recorded until all of it has been read: a part that throws
        // (a hostile string, say) must not leave ids pointing at the index the next class gets.
        let ci = Int32(index.classes.count)
        var superName: String?
        var superId: Int32?
        if c.superclassIdx != DexFile.noIndex {
            let s = try type(c.superclassIdx, dex, &ids)
            superName = DexNames.dotted(index.names[s])
            superId = s
        }
        var ifaces: [String] = []
        var ifaceIds: [Int32] = []
        if let known = interfaceNames[c.interfacesOff] {
            (ifaces, ifaceIds) = known
        } else {
            for t in dex.interfaces(of: c) {
                let i = try type(t, dex, &ids)   // interns first: `names` must be read after it grows
                ifaces.append(DexNames.dotted(index.names[i]))
                ifaceIds.append(i)
            }
            interfaceNames[c.interfacesOff] = (ifaces, ifaceIds)
        }
        var methods: [DexMethod] = []
        methods.reserveCapacity(c.directMethods.count + c.virtualMethods.count)
        var clinit = false
        for list in [c.directMethods, c.virtualMethods] {   // in this order, without a joined copy
            for m in list {
                let id = try method(m.methodIdx, dex, &ids)
                if index.names[index.methodKeys[Int(id)].name] == "<clinit>" { clinit = true }
                methods.append(DexMethod(id: id, accessFlags: m.accessFlags, hasCode: m.codeOff != 0))
                if m.codeOff != 0 { bodies.append((id, m.methodIdx, m.codeOff)) }
            }
        }
        classByDescriptor[desc] = ci
        for m in methods {
            index.methodClass[Int(m.id)] = ci
            index.methodFlags[Int(m.id)] = m.accessFlags
        }
        index.classes.append(DexClass(name: name, superclass: superName, interfaces: ifaces, accessFlags: c.accessFlags,
                                      dexFile: dex.name, methods: methods, hasStaticInitializer: clinit))
        index.classByName[name] = ci
        index.classDescriptors.append(desc)
        if let s = superId { index.subclassLinks.append(DexIndex.link(s, ci)) }
        for i in ifaceIds { index.implementorLinks.append(DexIndex.link(i, ci)) }
    }

    // MARK: - Local to global ids

    mutating func string(_ i: UInt32, _ dex: DexFile, _ ids: inout LocalIds) throws -> Int32 {
        guard Int(i) < ids.string.count else { throw DexError.badIndex(what: "string", index: i, count: ids.string.count) }
        let cached = ids.string[Int(i)]
        if cached >= 0 { return cached }
        if cached == -2 { throw DexError.malformed(what: "string_data (seen before)", offset: 0) }
        let range: Range<Int>
        do { range = try dex.stringRange(i) } catch { ids.string[Int(i)] = -2; throw error }
        stringBudget -= range.count + 1
        guard stringBudget >= 0 else {
            throw DexError.tooLarge(what: "string bytes decoded (overlapping strings)", count: range.count, limit: 0)
        }
        let g = index.names.intern(MUTF8.decode(dex.bytes, from: range.lowerBound, to: range.upperBound))
        ids.string[Int(i)] = g
        return g
    }

    mutating func type(_ i: UInt32, _ dex: DexFile, _ ids: inout LocalIds) throws -> Int32 {
        guard Int(i) < ids.type.count else { throw DexError.badIndex(what: "type", index: i, count: ids.type.count) }
        let cached = ids.type[Int(i)]
        if cached >= 0 { return cached }
        let g = try string(try dex.typeStringIndex(i), dex, &ids)
        ids.type[Int(i)] = g
        return g
    }

    private mutating func proto(_ i: UInt32, _ dex: DexFile, _ ids: inout LocalIds) throws -> Int32 {
        guard Int(i) < ids.proto.count else { throw DexError.badIndex(what: "proto", index: i, count: ids.proto.count) }
        let cached = ids.proto[Int(i)]
        if cached >= 0 { return cached }
        let p = try dex.protoId(i)
        // "(params)return" put together in one reused buffer and made a String once: appending
        // String pieces allocated again as it grew, for each of a large app's ~30 000 protos.
        protoBytes.removeAll(keepingCapacity: true)
        protoBytes.append(UInt8(ascii: "("))
        for t in dex.typeList(at: p.parametersOff) {
            appendName(try type(t, dex, &ids))
        }
        let r = try type(p.returnTypeIdx, dex, &ids)
        protoBytes.append(UInt8(ascii: ")"))
        appendName(r)
        let g = index.names.intern(String(decoding: protoBytes, as: UTF8.self))
        ids.proto[Int(i)] = g
        return g
    }

    private mutating func appendName(_ id: Int32) {
        var name = index.names[id]
        name.withUTF8 { protoBytes.append(contentsOf: $0) }
    }

    mutating func method(_ i: UInt32, _ dex: DexFile, _ ids: inout LocalIds) throws -> Int32 {
        guard Int(i) < ids.method.count else { throw DexError.badIndex(what: "method", index: i, count: ids.method.count) }
        let cached = ids.method[Int(i)]
        if cached >= 0 { return cached }
        let m = try dex.methodId(i)
        let key = DexIndex.MemberKey(cls: try type(m.classIdx, dex, &ids), name: try string(m.nameIdx, dex, &ids),
                                     sig: try proto(m.protoOrTypeIdx, dex, &ids))
        let (g, isNew) = index.methodSlots.intern(key, in: &index.methodKeys)
        if isNew {
            index.methodClass.append(-1)
            index.methodFlags.append(0)
        }
        ids.method[Int(i)] = g
        return g
    }

    mutating func field(_ i: UInt32, _ dex: DexFile, _ ids: inout LocalIds) throws -> Int32 {
        guard Int(i) < ids.field.count else { throw DexError.badIndex(what: "field", index: i, count: ids.field.count) }
        let cached = ids.field[Int(i)]
        if cached >= 0 { return cached }
        let f = try dex.fieldId(i)
        let key = DexIndex.MemberKey(cls: try type(f.classIdx, dex, &ids), name: try string(f.nameIdx, dex, &ids),
                                     sig: try type(f.protoOrTypeIdx, dex, &ids))
        let g = index.fieldSlots.intern(key, in: &index.fieldKeys).id
        ids.field[Int(i)] = g
        return g
    }

    // MARK: - Code

    private mutating func walk(_ dex: DexFile, _ caller: Int32, _ local: UInt32, _ codeOff: UInt32,
                               _ ids: inout LocalIds) throws {
        let code = try dex.codeItem(at: codeOff)
        guard code.insnsSize <= unitBudget else {
            throw DexError.tooLarge(what: "code units walked (shared or overlapping code)", count: code.insnsSize,
                                    limit: max(0, unitBudget))
        }
        unitBudget -= code.insnsSize
        let before = index.edgeCounts
        if !decodeEveryInstruction, try scanReferences(dex, caller, code, &ids) { return }
        // Malformed code: undo the method's edges and walk it again with the full decoder,
        // which throws the fault by name after recording the same edges before it.
        index.truncateEdges(to: before)
        var cursor = dex.instructions(of: code, methodIdx: local)
        while let ins = try cursor.next() {
            switch ins.indexKind {
            case .method, .methodAndProto:
                guard !callsFull else { continue }
                if index.calls.count >= limits.maxCallEdges {
                    callsFull = true
                    problem(dex.name, nil, DexError.tooLarge(what: "call sites", count: index.calls.count,
                                                             limit: limits.maxCallEdges))
                    continue
                }
                index.calls.append(caller, try method(ins.index, dex, &ids), ins.opcode)
            case .string:
                index.constStrings.append(caller, try string(ins.index, dex, &ids), ins.opcode)
            case .field:
                index.fieldAccesses.append(caller, try field(ins.index, dex, &ids), ins.opcode)
            case .type:
                index.typeRefs.append(caller, try type(ins.index, dex, &ids), ins.opcode)
            default:
                // Resource ids of the app's own package, for code that names strings/layouts by id.
                if (ins.opcode == 0x14 || ins.opcode == 0x15), (0x7f00_0000...0x7fff_ffff).contains(ins.literal) {
                    index.resourceLiterals.append(caller, Int32(ins.literal), ins.opcode)
                }
            }
        }
    }

    mutating func finish() -> DexIndex {
        // The member tables grew by appending and are kept for the whole scan.
        index.methodKeys = index.methodKeys.exactCapacity()
        index.methodClass = index.methodClass.exactCapacity()
        index.methodFlags = index.methodFlags.exactCapacity()
        index.fieldKeys = index.fieldKeys.exactCapacity()
        index.classes = index.classes.exactCapacity(slack: index.classes.count / 8)
        index.classDescriptors = index.classDescriptors.exactCapacity()
        // Appended in class order; sorted, each supertype's classes sit together in that order.
        index.subclassLinks.sort()
        index.implementorLinks.sort()
        index.names.trim()
        let m = index.methodKeys.count, strings = index.names.strings.count, fields = index.fieldKeys.count
        // The other four lists are put in order on the second core while this one sorts the calls.
        let others = OtherEdgeLists(taking: &index)
        let sorting = Background { others.finish(methods: m, strings: strings, fields: fields) }
        index.calls.finish(fromNodes: m, toNodes: m)
        _ = try? sorting.take()   // waits; the work throws nothing
        others.putBack(into: &index)
        return index
    }
}

/// The index's edge lists other than the calls, sorted on another thread. A class, so the lists
/// move to that thread with no second reference left behind and are sorted in place, not copied.
private final class OtherEdgeLists: @unchecked Sendable {
    private var constStrings: DexEdgeList, fieldAccesses: DexEdgeList, typeRefs: DexEdgeList, resourceLiterals: DexEdgeList

    init(taking index: inout DexIndex) {
        constStrings = index.constStrings; fieldAccesses = index.fieldAccesses
        typeRefs = index.typeRefs; resourceLiterals = index.resourceLiterals
        index.constStrings = DexEdgeList(); index.fieldAccesses = DexEdgeList()
        index.typeRefs = DexEdgeList(); index.resourceLiterals = DexEdgeList()
    }

    func finish(methods m: Int, strings: Int, fields: Int) {
        constStrings.finish(fromNodes: m, toNodes: strings)
        fieldAccesses.finish(fromNodes: m, toNodes: fields)
        typeRefs.finish(fromNodes: m, toNodes: strings)
        resourceLiterals.finish(fromNodes: m, toNodes: 0)
    }

    func putBack(into index: inout DexIndex) {
        index.constStrings = constStrings; index.fieldAccesses = fieldAccesses
        index.typeRefs = typeRefs; index.resourceLiterals = resourceLiterals
        constStrings = DexEdgeList(); fieldAccesses = DexEdgeList(); typeRefs = DexEdgeList(); resourceLiterals = DexEdgeList()
    }
}
