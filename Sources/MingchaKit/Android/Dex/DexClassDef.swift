/// A `class_def_item` with its decoded `class_data_item`.
public struct DexClassDef: Sendable {
    public var classIdx: UInt32
    public var accessFlags: UInt32
    /// `DexFile.noIndex` for java.lang.Object.
    public var superclassIdx: UInt32
    public var interfacesOff: UInt32
    public var sourceFileIdx: UInt32
    public var annotationsOff: UInt32
    public var classDataOff: UInt32
    public var staticValuesOff: UInt32
    public var staticFields: [DexEncodedField] = []
    public var instanceFields: [DexEncodedField] = []
    public var directMethods: [DexEncodedMethod] = []
    public var virtualMethods: [DexEncodedMethod] = []
    /// False when the class data could not be read (the problem is in `DexFile.problems`).
    public var dataComplete = true
}

public struct DexEncodedField: Sendable, Hashable {
    public var fieldIdx: UInt32
    public var accessFlags: UInt32
}

public struct DexEncodedMethod: Sendable, Hashable {
    public var methodIdx: UInt32
    public var accessFlags: UInt32
    /// 0 for abstract and native methods.
    public var codeOff: UInt32
}

/// Access flag bits used by callers.
public enum DexAccess {
    public static let `public`: UInt32 = 0x1
    public static let `private`: UInt32 = 0x2
    public static let `protected`: UInt32 = 0x4
    public static let `static`: UInt32 = 0x8
    public static let final: UInt32 = 0x10
    public static let native: UInt32 = 0x100
    public static let interface: UInt32 = 0x200
    public static let abstract: UInt32 = 0x400
    public static let constructor: UInt32 = 0x10000
}

extension DexFile {
    mutating func readClassDefs(limits: ScanLimits) throws {
        let t = header.classDefs
        classDefs.reserveCapacity(t.count)
        var checkedLists = Set<UInt32>()
        var seenData = Set<UInt32>()
        // Members of all classes together: each takes at least 2 bytes, and class data items do not
        // overlap in a real file, so more than the file could hold means shared or overlapping data.
        var memberBudget = bytes.count / 2
        for i in 0..<t.count {
            let o = t.offset + 32 * i
            var c = DexClassDef(classIdx: u32(o), accessFlags: u32(o + 4), superclassIdx: u32(o + 8),
                                interfacesOff: u32(o + 12), sourceFileIdx: u32(o + 16), annotationsOff: u32(o + 20),
                                classDataOff: u32(o + 24), staticValuesOff: u32(o + 28))
            guard Int(c.classIdx) < typeCount else {
                throw DexError.badIndex(what: "type (class_def)", index: c.classIdx, count: typeCount)
            }
            guard c.superclassIdx == DexFile.noIndex || Int(c.superclassIdx) < typeCount else {
                throw DexError.badIndex(what: "type (superclass)", index: c.superclassIdx, count: typeCount)
            }
            try checkTypeList(c.interfacesOff, what: "interfaces", max: DexFile.maxInterfaces, checked: &checkedLists)
            if c.classDataOff != 0 {
                do {
                    guard seenData.insert(c.classDataOff).inserted else {
                        throw DexError.malformed(what: "class_data shared by two classes", offset: Int(c.classDataOff))
                    }
                    try readClassData(&c)
                    let members = c.staticFields.count + c.instanceFields.count + c.directMethods.count + c.virtualMethods.count
                    guard members <= memberBudget else {
                        throw DexError.tooLarge(what: "class_data members (overlapping items)", count: members, limit: memberBudget)
                    }
                    memberBudget -= members
                } catch let e as DexError {
                    // One unreadable class must not hide the others.
                    c.dataComplete = false
                    c.staticFields = []; c.instanceFields = []; c.directMethods = []; c.virtualMethods = []
                    problems.append(e)
                }
            }
            classDefs.append(c)
        }
    }

    private func readClassData(_ c: inout DexClassDef) throws {
        var r = ByteReader(bytes)
        do {
            try r.seek(Int(c.classDataOff))
            guard c.classDataOff >= DexHeader.size else { throw DexError.badOffset(what: "class_data", offset: c.classDataOff) }
            let sizes = [try r.uleb128(), try r.uleb128(), try r.uleb128(), try r.uleb128()]
            // Each encoded field takes at least 2 bytes, each method 3: larger counts cannot be real.
            let need = (Int(sizes[0]) + Int(sizes[1])) * 2 + (Int(sizes[2]) + Int(sizes[3])) * 3
            guard need <= r.remaining else {
                throw DexError.tooLarge(what: "class_data members", count: need, limit: r.remaining)
            }
            c.staticFields = try readFields(&r, Int(sizes[0]))
            c.instanceFields = try readFields(&r, Int(sizes[1]))
            c.directMethods = try readMethods(&r, Int(sizes[2]))
            c.virtualMethods = try readMethods(&r, Int(sizes[3]))
        } catch let e as ByteReaderError {
            throw DexError.from(e, reading: "class_data")
        }
    }

    private func readFields(_ r: inout ByteReader, _ n: Int) throws -> [DexEncodedField] {
        var out: [DexEncodedField] = []
        out.reserveCapacity(n)
        var idx: UInt32 = 0
        for _ in 0..<n {
            let (sum, overflow) = idx.addingReportingOverflow(try r.uleb128())
            guard !overflow, Int(sum) < fieldCount else {
                throw DexError.badIndex(what: "field (class_data)", index: sum, count: fieldCount)
            }
            idx = sum
            out.append(DexEncodedField(fieldIdx: idx, accessFlags: try r.uleb128()))
        }
        return out
    }

    private func readMethods(_ r: inout ByteReader, _ n: Int) throws -> [DexEncodedMethod] {
        var out: [DexEncodedMethod] = []
        out.reserveCapacity(n)
        var idx: UInt32 = 0
        for _ in 0..<n {
            let (sum, overflow) = idx.addingReportingOverflow(try r.uleb128())
            guard !overflow, Int(sum) < methodCount else {
                throw DexError.badIndex(what: "method (class_data)", index: sum, count: methodCount)
            }
            idx = sum
            let flags = try r.uleb128(), code = try r.uleb128()
            out.append(DexEncodedMethod(methodIdx: idx, accessFlags: flags, codeOff: code))
        }
        return out
    }

    /// Interfaces a class implements (type indices).
    public func interfaces(of c: DexClassDef) -> [UInt32] { typeList(at: c.interfacesOff) }
}
