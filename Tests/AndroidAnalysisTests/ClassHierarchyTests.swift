import Foundation
import XCTest
@testable import MingchaKit

/// The hierarchy's id-based answers (descendants from the sorted subclass and implementor links,
/// inheritance kept per class) against plain walks over the classes' dotted names, on the
/// fixture app and on the first corpus apps when the corpus is there.
final class ClassHierarchyTests: XCTestCase {
    static let nameSets: [Set<String>] = [CallGraph.asyncTypes, ["android.app.Activity"], ["java.lang.Object"],
                                          ["android.content.BroadcastReceiver", "android.app.Service"]]

    /// The walk the call graph used before: up the superclass chain, then through app interfaces.
    static func walkInherits(_ dex: DexIndex, _ ci: Int, _ names: Set<String>) -> Bool {
        var c: Int? = ci
        var hops = 0
        var pending: [String] = []
        while let k = c.map({ dex.classes[$0] }), hops < 64 {
            if let s = k.superclass, names.contains(s) { return true }
            for i in k.interfaces {
                if names.contains(i) { return true }
                pending.append(i)
            }
            c = k.superclass.flatMap { dex.classByName[$0] }.map(Int.init)
            hops += 1
        }
        var seen = Set<String>()
        while let i = pending.popLast(), seen.count < 64 {
            guard seen.insert(i).inserted, let ic = dex.classByName[i] else { continue }
            for j in dex.classes[Int(ic)].interfaces {
                if names.contains(j) { return true }
                pending.append(j)
            }
        }
        return false
    }

    /// Every app class below `ci` by name, in the order the hierarchy gives them, from the
    /// name-keyed tables the index used to keep.
    struct ByName {
        var subclasses: [String: [Int32]] = [:], implementors: [String: [Int32]] = [:]
        init(_ dex: DexIndex) {
            for (i, c) in dex.classes.enumerated() {
                if let s = c.superclass { subclasses[s, default: []].append(Int32(i)) }
                for n in c.interfaces { implementors[n, default: []].append(Int32(i)) }
            }
        }
        func below(_ dex: DexIndex, _ ci: Int, cap: Int) -> [Int32] {
            var out: [Int32] = []
            var seen: Set<Int32> = [Int32(ci)]
            var stack = [dex.classes[ci].name]
            while let name = stack.popLast(), out.count < cap {
                for i in (subclasses[name] ?? []) + (implementors[name] ?? []) where seen.insert(i).inserted {
                    out.append(i)
                    stack.append(dex.classes[Int(i)].name)
                    if out.count >= cap { break }
                }
            }
            return out
        }
    }

    func check(_ dex: DexIndex, _ label: String, file: StaticString = #filePath, line: UInt = #line) -> (yes: Int, below: Int) {
        let h = ClassHierarchy(dex)
        var yes = 0, below = 0
        for names in Self.nameSets {
            var memo = InheritanceMemo(names: names, classCount: dex.classes.count)
            // Asked in an order that visits subclasses both before and after their superclasses.
            for ci in dex.classes.indices.reversed() + dex.classes.indices {
                let expected = Self.walkInherits(dex, ci, names)
                XCTAssertEqual(memo.inherits(Int32(ci), in: h), expected, "\(label): \(dex.classes[ci].name) inherits \(names)", file: file, line: line)
                if expected { yes += 1 }
            }
        }
        for ci in dex.classes.indices {
            XCTAssertEqual(dex.descriptor(ofClass: ci), DexNames.descriptor(dex.classes[ci].name), "\(label): class \(ci)", file: file, line: line)
        }
        let byName = ByName(dex)
        for ci in dex.classes.indices {
            let got = h.descendants(of: Int32(ci), cap: CallGraph.maxOverriders + 1)
            XCTAssertEqual(got, byName.below(dex, ci, cap: CallGraph.maxOverriders + 1), "\(label): below \(dex.classes[ci].name)", file: file, line: line)
            below += got.count
        }
        return (yes, below)
    }

    func testFixtureAgreesWithWalksByName() throws {
        let f = try AnalysisFixture.load()
        let (yes, below) = check(f.dex, "fixture")
        XCTAssertGreaterThan(yes, 0, "App$1 is a Runnable")
        XCTAssertLessThan(yes, 4 * f.dex.classes.count, "not every class inherits every set")
        XCTAssertGreaterThan(below, 0, "the fixture has app subclasses")
        let runnable = try XCTUnwrap(f.dex.classByName["com.mingcha.sample.App$1"])
        var memo = InheritanceMemo(names: CallGraph.asyncTypes, classCount: f.dex.classes.count)
        XCTAssertTrue(memo.inherits(runnable, in: ClassHierarchy(f.dex)))
    }

    /// A descriptor is reused as the class's own only when converting it to a dotted name and
    /// back gives it again.
    func testDescriptorRoundTrips() {
        for d in ["Lcom/a/B;", "LI;", "Lcom/a/B$1;", "Lcom/\u{4E2D}/B;"] {
            XCTAssertTrue(DexNames.roundTrips(d), d)
            XCTAssertEqual(DexNames.descriptor(DexNames.dotted(d)), d)
        }
        for d in ["La.b;", "L[x;", "[Ljava/lang/String;", "I", "L;x", "L\u{301}a;", "La\u{301};"] {
            XCTAssertFalse(DexNames.roundTrips(d), d)
        }
        XCTAssertNotEqual(DexNames.descriptor(DexNames.dotted("La.b;")), "La.b;", "why the dotted one is refused")
        // Non-ASCII next to the ends is refused even when it would convert back: the slow path
        // then builds the same descriptor.
        XCTAssertFalse(DexNames.roundTrips("La/\u{4E2D};"))
        XCTAssertEqual(DexNames.descriptor(DexNames.dotted("La/\u{4E2D};")), "La/\u{4E2D};")
    }

    func testOuterClass() {
        let cases = ["com.a.B$1": "com.a.B", "com.a.B": "com.a.B", "com.a.B$$Lambda$0": "com.a.B",
                     "com.a.B$onCreate$1": "com.a.B", "$x": "", "com.\u{4E2D}.B$1": "com.\u{4E2D}.B",
                     "com.a.\u{4E2D}": "com.a.\u{4E2D}"]
        for (name, outer) in cases {
            XCTAssertEqual(DexIndex.outerClass(name), outer, name)
            XCTAssertEqual(DexIndex.outerClass(String(name.unicodeScalars)), outer, "rebuilt \(name)")
        }
        // A "$" that a combining mark joins to is part of one Character: not a separator there.
        XCTAssertEqual(DexIndex.outerClass("a.B$\u{301}x"), "a.B$\u{301}x")
    }

    func testCorpusAppsAgreeWithWalksByName() throws {
        guard let corpus = AnalysisCorpusTests.corpus else { return }
        let dir = corpus.appendingPathComponent("apk")
        let limits = ScanLimits()
        var checked = 0, yes = 0, below = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".apk") }).sorted() {
            guard checked < 6, let zip = try? ZipArchive(path: dir.appendingPathComponent(name).path, limits: limits, budget: InflateBudget(limits: limits)),
                  let dex = try? DexIndex.build(apk: zip, limits: limits), (50...3000).contains(dex.classes.count) else { continue }
            let r = check(dex, name)
            yes += r.yes; below += r.below; checked += 1
        }
        XCTAssertEqual(checked, 6)
        XCTAssertGreaterThan(yes, 0)
        XCTAssertGreaterThan(below, 0)
    }

    /// An index of hand-made classes: (name, superclass, interfaces).
    static func made(_ classes: [(String, String?, [String])]) -> DexIndex {
        var dex = DexIndex()
        for (i, c) in classes.enumerated() {
            dex.classes.append(DexClass(name: c.0, superclass: c.1, interfaces: c.2, accessFlags: 0, dexFile: "classes.dex",
                                        methods: [], hasStaticInitializer: false))
            dex.classByName[c.0] = Int32(i)
        }
        return dex
    }

    /// Cycles (a broken app) give the old walk's answers whichever class is asked first: a "no"
    /// that met a class still being walked is not kept for the classes after it.
    func testCyclesAnswerAlikeInEveryOrder() {
        let dex = Self.made([("a.A", "a.B", ["a.I1"]), ("a.B", "a.A", []), ("a.I1", nil, ["a.I2", "java.lang.Runnable"]),
                             ("a.I2", nil, ["a.I1"]), ("a.C", nil, ["a.I2"]), ("a.D", "a.D", [])])
        let h = ClassHierarchy(dex)
        for order in [Array(0..<6), Array((0..<6).reversed()), [4, 3, 0, 5, 1, 2], [3, 1, 5, 2, 4, 0]] {
            var memo = InheritanceMemo(names: CallGraph.asyncTypes, classCount: 6)
            for ci in order + order {
                XCTAssertEqual(memo.inherits(Int32(ci), in: h), Self.walkInherits(dex, ci, CallGraph.asyncTypes),
                               "\(dex.classes[ci].name) asked in order \(order)")
            }
        }
    }

    /// A chain deeper than the walk's 64 hops: the class asked first is cut as the old walk cut
    /// it, and the cut keeps nothing, so the classes below it still find Thread.
    func testADeepChainCutKeepsNothing() {
        let n = 70
        let dex = Self.made((0..<n).map { ("d.C\($0)", $0 == n - 1 ? "java.lang.Thread" : "d.C\($0 + 1)", []) })
        let h = ClassHierarchy(dex)
        var memo = InheritanceMemo(names: CallGraph.asyncTypes, classCount: n)
        XCTAssertFalse(memo.inherits(0, in: h), "70 hops: cut, as the old walk cut it")
        XCTAssertFalse(Self.walkInherits(dex, 0, CallGraph.asyncTypes))
        for ci in (0..<n).reversed() where ci >= n - 64 {
            XCTAssertTrue(memo.inherits(Int32(ci), in: h), "d.C\(ci) is within 64 hops of Thread")
            XCTAssertTrue(Self.walkInherits(dex, ci, CallGraph.asyncTypes))
        }
    }
}
