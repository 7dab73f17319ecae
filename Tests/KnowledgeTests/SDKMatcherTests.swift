import Foundation
import XCTest
@testable import MingchaKit

/// Matching on package boundaries, longest prefix, every evidence kind, and one pass.
final class SDKMatcherTests: XCTestCase {
    let sdks = [
        SDKSignature(id: "umeng", nameEn: "Umeng", category: "analytics", packagePrefixes: ["com.umeng"], metaDataKeys: ["UMENG_APPKEY"]),
        SDKSignature(id: "umeng-push", nameEn: "Umeng Push", category: "push", packagePrefixes: ["com.umeng.message"],
                     components: ["org.android.agoo.AgooService"]),
        SDKSignature(id: "bugly", nameEn: "Bugly", category: "crash", packagePrefixes: ["com.tencent.bugly"], nativeLibs: ["libBugly.so", "libBuglyExt_*.so"],
                     initMethods: ["Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport"]),
        SDKSignature(id: "msa", nameEn: "MSA", category: "identity", assets: ["supplierconfig.json"]),
        SDKSignature(id: "adjust", nameEn: "Adjust", category: "analytics", packagePrefixes: ["com.adjust.sdk.Adjust"]),
    ]

    func match(_ fill: (inout SDKMatcher.Input) -> Void) -> [String: SDKMatcher.Match] {
        var input = SDKMatcher.Input()
        fill(&input)
        return Dictionary(uniqueKeysWithValues: SDKMatcher(sdks: sdks).match(input).map { ($0.sdk.id, $0) })
    }

    func testPackageBoundary() {
        let m = match { $0.classDescriptors = ["Lcom/umengx/Foo;", "Lcom/umen/Bar;", "Lcom/umeng_x;", "Lcom/tencent/buglyx/A;"] }
        XCTAssertNil(m["umeng"], "com.umengx and com.umen are other packages")
        XCTAssertNil(m["bugly"])
        let n = match { $0.classDescriptors = ["Lcom/umeng/Foo;"] }
        XCTAssertEqual(n["umeng"]?.classCount, 1)
    }

    func testLongestPrefixWins() {
        let m = match { $0.classDescriptors = ["Lcom/umeng/commonsdk/UMConfigure;", "Lcom/umeng/message/PushAgent;", "Lcom/umeng/message/a/b;", "Lcom/umeng/messagex/C;"] }
        XCTAssertEqual(m["umeng-push"]?.classCount, 2)
        XCTAssertEqual(m["umeng"]?.classCount, 2, "commonsdk and messagex belong to the outer prefix")
        XCTAssertEqual(SDKMatcher(sdks: sdks).owner(ofClass: "Lcom/umeng/message/PushAgent$1;")?.id, "umeng-push")
        XCTAssertEqual(SDKMatcher(sdks: sdks).owner(ofClass: "Lcom/umeng/analytics/X;")?.id, "umeng")
        XCTAssertNil(SDKMatcher(sdks: sdks).owner(ofClass: "Lcom/example/App;"))
    }

    func testTheKnowledgeBasesMatcherFollowsItsSDKs() {
        // The scans use the matcher the knowledge base built with its SDKs: it must be rebuilt
        // when they change, or a knowledge base edited after loading would match the old list.
        var kb = KnowledgeBase(sdks: Array(sdks.prefix(2)))
        XCTAssertEqual(kb.sdkMatcher.owner(ofClass: "Lcom/umeng/analytics/X;")?.id, "umeng")
        XCTAssertNil(kb.sdkMatcher.owner(ofClass: "Lcom/tencent/bugly/A;"))
        kb.sdks = Array(sdks.suffix(3))
        XCTAssertEqual(kb.sdkMatcher.owner(ofClass: "Lcom/tencent/bugly/A;")?.id, "bugly")
        XCTAssertNil(kb.sdkMatcher.owner(ofClass: "Lcom/umeng/analytics/X;"))
    }

    func testClassNamePrefixCoversInnerClasses() {
        let m = match { $0.classDescriptors = ["Lcom/adjust/sdk/Adjust;", "Lcom/adjust/sdk/Adjust$1;", "Lcom/adjust/sdk/AdjustConfig;"] }
        XCTAssertEqual(m["adjust"]?.classCount, 2)
    }

    func testEvidenceHasExamplesCountsAndFiles() throws {
        let classes = (0..<10).map { "Lcom/tencent/bugly/crashreport/C\($0);" }
        let m = match { $0.classDescriptors = classes; $0.classFiles = Array(repeating: "classes2.dex", count: 10) }
        let bugly = try XCTUnwrap(m["bugly"])
        XCTAssertEqual(bugly.classCount, 10)
        XCTAssertEqual(bugly.evidence.count, SDKMatcher.examplesPerPrefix)
        XCTAssertEqual(bugly.evidence.first?.kind, .dexClass)
        XCTAssertEqual(bugly.evidence.first?.file, "classes2.dex")
        XCTAssertEqual(bugly.evidence.first?.detail, "Lcom/tencent/bugly/crashreport/C0;")
        XCTAssertTrue(bugly.evidence.first?.location?.contains("com.tencent.bugly (10 classes)") ?? false)
        XCTAssertEqual(bugly.matchedPatterns, [SDKPattern(kind: .packagePrefix, value: "com.tencent.bugly")])
    }

    func testObfuscatedBuildFoundByComponentsLibsMetaAndAssets() throws {
        // Classes renamed to a/b/c: only the manifest, native libs and assets name the SDKs.
        let m = match {
            $0.classDescriptors = ["La/b;", "La/c;"]
            $0.manifestComponents = ["org.android.agoo.AgooService", "com.umeng.message.UmengIntentService"]
            $0.nativeLibs = ["lib/arm64-v8a/LIBBUGLY.so", "lib/armeabi-v7a/libBuglyExt_2.so"]
            $0.metaDataKeys = ["UMENG_APPKEY"]
            $0.assets = ["assets/supplierconfig.json"]
        }
        let push = try XCTUnwrap(m["umeng-push"])
        XCTAssertEqual(push.classCount, 0)
        XCTAssertTrue(push.evidence.contains { $0.kind == .manifestElement && $0.detail == "org.android.agoo.AgooService" })
        XCTAssertTrue(push.evidence.contains { $0.detail == "com.umeng.message.UmengIntentService" && ($0.location ?? "").contains("com.umeng.message") })
        let bugly = try XCTUnwrap(m["bugly"])
        XCTAssertEqual(Set(bugly.evidence.compactMap(\.file)), ["lib/arm64-v8a/LIBBUGLY.so", "lib/armeabi-v7a/libBuglyExt_2.so"])
        XCTAssertTrue(bugly.matchedPatterns.contains(SDKPattern(kind: .nativeLib, value: "libbuglyext_*.so")))
        XCTAssertEqual(m["umeng"]?.evidence.first?.detail, "UMENG_APPKEY")
        XCTAssertEqual(m["msa"]?.evidence.first?.file, "assets/supplierconfig.json")
    }

    func testMiniProgramPluginsAndJSFiles() {
        let mp = [SDKSignature(id: "tencent-map-plugin", nameEn: "Tencent Map plugin", category: "map", plugins: ["wx5bc2ac602a747594"]),
                  SDKSignature(id: "sensors-mp", nameEn: "Sensors MP", category: "analytics", jsFiles: ["sensorsdata.min.js"])]
        var input = SDKMatcher.Input()
        input.plugins = ["wx5bc2ac602a747594", "wx0000"]
        input.jsFiles = ["utils/sensorsdata.min.js", "pages/index.js", "xsensorsdata.min.js"]
        let m = SDKMatcher(sdks: mp).match(input)
        XCTAssertEqual(m.map(\.sdk.id), ["sensors-mp", "tencent-map-plugin"])
        XCTAssertEqual(m.first?.evidence.map(\.file), ["utils/sensorsdata.min.js"])
    }

    func testInitMethodLookup() {
        let matcher = SDKMatcher(sdks: sdks)
        XCTAssertEqual(matcher.sdk(initMethod: "Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport")?.id, "bugly")
        XCTAssertNil(matcher.sdk(initMethod: "Lcom/tencent/bugly/crashreport/CrashReport;->postCatchedException"))
    }

    func testGlob() {
        XCTAssertTrue(NativeLibGlob.matches("libamapsdk_map_v6_9_2.so", "libamapsdk_map_v*.so"))
        XCTAssertFalse(NativeLibGlob.matches("libamapsdk_map.so", "libamapsdk_map_v*.so"))
        XCTAssertTrue(NativeLibGlob.matches("libtmsdk-2.1-mfr.so", "libtmsdk-*-mfr.so"))
        XCTAssertFalse(NativeLibGlob.matches("libtmsdk-2.1.so", "libtmsdk-*-mfr.so"))
        XCTAssertTrue(NativeLibGlob.matches("libx.so", "libx.so"))
    }

    /// Curated entries win over generated ones for the same id and the same pattern.
    func testCuratedWinsOverGenerated() {
        let curated = SDKCatalogue.File(name: "curated-cn.json", source: "curated-cn", priority: 100, sdks: [
            SDKSignature(id: "jpush", nameEn: "JPush", category: "push", packagePrefixes: ["cn.jpush"], nativeLibs: ["libjcore.so"])])
        let generated = SDKCatalogue.File(name: "libchecker.json", source: "libchecker", priority: 40, sdks: [
            SDKSignature(id: "jpush", nameEn: "JPush generated", category: "other", packagePrefixes: ["cn.jpush.x"]),
            SDKSignature(id: "libchecker/jg", nameEn: "极光推送", category: "push", nativeLibs: ["LIBJCORE.so", "libjcore220.so"]),
            SDKSignature(id: "libchecker/only", nameEn: "Only", category: "push", nativeLibs: ["libjcore.so"])])
        let cat = SDKCatalogue(files: [generated, curated])
        XCTAssertEqual(cat.merged.map(\.id), ["jpush", "libchecker/jg"])
        XCTAssertEqual(cat.merged.first?.nameEn, "JPush")
        XCTAssertEqual(cat.merged.last?.nativeLibs, ["libjcore220.so"])
        XCTAssertEqual(cat.shadowed.count, 3)
    }

    /// A pattern repeated within an entry is one pattern: shadowed once, and an entry whose
    /// only patterns another SDK owns is dropped. Native libraries that differ in case only are one
    /// key, owned by the first entry that names them, and the entry keeps both spellings.
    func testRepeatedAndCaseVariantPatterns() {
        let curated = SDKCatalogue.File(name: "curated-cn.json", source: "curated-cn", priority: 100, sdks: [
            SDKSignature(id: "umeng", nameEn: "Umeng", category: "analytics", packagePrefixes: ["com.umeng"],
                         nativeLibs: ["libUmeng.so", "libumeng.so"])])
        let generated = SDKCatalogue.File(name: "exodus.json", source: "exodus", priority: 10, sdks: [
            SDKSignature(id: "exodus/umeng", nameEn: "Umeng (exodus)", category: "other",
                         packagePrefixes: ["com.umeng", "com.umeng", "com.umeng.x"]),
            SDKSignature(id: "exodus/libs", nameEn: "Libs", category: "other", nativeLibs: ["LIBUMENG.so", "LIBUMENG.so"]),
            SDKSignature(id: "exodus/own", nameEn: "Own", category: "other", packagePrefixes: ["com.own", "com.own"])])
        let cat = SDKCatalogue(files: [generated, curated])
        XCTAssertEqual(cat.merged.map(\.id), ["exodus/own", "exodus/umeng", "umeng"])
        XCTAssertEqual(cat.merged.first { $0.id == "exodus/umeng" }?.packagePrefixes, ["com.umeng.x"])
        XCTAssertEqual(cat.merged.first { $0.id == "umeng" }?.nativeLibs, ["libUmeng.so", "libumeng.so"])
        XCTAssertEqual(cat.merged.first { $0.id == "exodus/own" }?.packagePrefixes, ["com.own", "com.own"])
        XCTAssertEqual(cat.shadowed.filter { $0.pattern != nil }.map(\.sdk).sorted(), ["exodus/libs", "exodus/umeng"])
        XCTAssertEqual(Set(cat.shadowed.map(\.winner)), ["umeng"])
        let m = SDKMatcher(sdks: cat.merged)
        var input = SDKMatcher.Input()
        input.nativeLibs = ["lib/arm64-v8a/LibUmeng.so"]
        input.classDescriptors = ["Lcom/umeng/x/A;", "Lcom/own/B;"]
        XCTAssertEqual(m.match(input).map(\.sdk.id).sorted(), ["exodus/own", "exodus/umeng", "umeng"])
    }

    /// One pass: 100k classes against the real knowledge base in well under the test budget.
    func testHundredThousandClassesAreFast() throws {
        let kb = try KnowledgeBase.load()
        let matcher = SDKMatcher(sdks: kb.sdks)
        var classes: [String] = []
        classes.reserveCapacity(100_000)
        for i in 0..<90_000 { classes.append("Lcom/example/app/feature\(i % 300)/sub/Class\(i);") }
        for i in 0..<10_000 { classes.append("Lcom/umeng/analytics/pro/C\(i);") }
        var input = SDKMatcher.Input()
        input.classDescriptors = classes
        let start = Date()
        let m = matcher.match(input)
        let seconds = Date().timeIntervalSince(start)
        print("SDKMatcher: 100000 classes, \(kb.sdks.count) SDKs: \(String(format: "%.3f", seconds)) s")
        XCTAssertEqual(m.map(\.sdk.id), ["umeng-analytics"])
        XCTAssertEqual(m.first?.classCount, 10_000)
        XCTAssertLessThan(seconds, 5)
    }
}
