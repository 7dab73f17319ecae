import Foundation
import XCTest
@testable import MingchaKit

/// The sample APKs (built with aapt, smali, zipalign and apksigner by Samples/apk/build.sh) embed
/// stand-in SDKs under the real package names; the matcher must find exactly those, from the
/// classes, and from the manifest alone when the classes are left out (an obfuscated build).
final class SampleSDKTests: XCTestCase {
    /// Sample -> SDK ids the knowledge base must find (from the `sdks` of Samples/apk/samples.py and
    /// the classes Samples/apk/sdk_parts.py gives each stand-in).
    static let planted: [String: Set<String>] = [
        // Umeng's stand-in has UMConfigure (base) and MobclickAgent (analytics).
        "sdk-undisclosed": ["umeng-common", "umeng-analytics", "bugly"],
        "pre-consent-sdk-init": ["umeng-common", "umeng-analytics", "bugly"],
        "shake-ads": ["pangle"],
        "combo-news": ["umeng-common", "umeng-analytics", "jpush"],
        "combo-shop": ["pangle", "bugly"],
        "clean-weather": ["amap-location"],
    ]
    static let withoutSDKs = ["clean-notes", "policy-missing", "clipboard-read", "device-identifiers"]

    struct Scanned { var classes: SDKMatcher.Input; var manifestOnly: SDKMatcher.Input }

    func scan(_ name: String) throws -> Scanned? {
        let url = MingchaPaths.samples.appendingPathComponent("apk/built/\(name).apk")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let limits = ScanLimits()
        let zip = try ZipArchive(path: url.path, limits: limits, budget: InflateBudget(limits: limits))
        let dex = try DexIndex.build(apk: zip, limits: limits)
        let manifest = try ApkManifestLoader.load(zip, limits: limits).manifest
        var full = SDKMatcher.Input()
        full.classDescriptors = dex.classes.map { "L" + $0.name.replacingOccurrences(of: ".", with: "/") + ";" }
        full.classFiles = Array(repeating: "classes.dex", count: full.classDescriptors.count)
        var m = SDKMatcher.Input()
        m.manifestComponents = manifest.components.map(\.name)
        m.metaDataKeys = manifest.application.metaData.map(\.name)
        m.nativeLibs = zip.entries.map(\.name).filter { $0.hasPrefix("lib/") }
        full.manifestComponents = m.manifestComponents; full.metaDataKeys = m.metaDataKeys; full.nativeLibs = m.nativeLibs
        return Scanned(classes: full, manifestOnly: m)
    }

    func testPlantedSDKsAreFound() throws {
        let kb = try KnowledgeBase.load()
        let matcher = SDKMatcher(sdks: kb.sdks)
        var checked = 0
        for (name, expected) in Self.planted.sorted(by: { $0.key < $1.key }) {
            guard let s = try scan(name) else { continue }
            checked += 1
            let found = matcher.match(s.classes)
            let ids = Set(found.map(\.sdk.id))
            XCTAssertTrue(expected.isSubset(of: ids), "\(name): expected \(expected), found \(ids.sorted())")
            for m in found where expected.contains(m.sdk.id) {
                XCTAssertGreaterThan(m.classCount, 0, "\(name) \(m.sdk.id)")
                XCTAssertTrue(m.evidence.contains { $0.kind == .dexClass && $0.file == "classes.dex" })
            }
            // Nothing but the planted SDKs and code libraries (the bundled androidx copy).
            let extra = found.filter { !expected.contains($0.sdk.id) && kb.isDataRecipient(category: $0.sdk.category) }
            XCTAssertEqual(extra.map(\.sdk.id), [], name)
        }
        try XCTSkipIf(checked == 0, "Samples/apk/built not present")
    }

    func testManifestAloneFindsPushComponents() throws {
        guard let s = try scan("combo-news") else { throw XCTSkip("sample not built") }
        let ids = Set(SDKMatcher(sdks: try KnowledgeBase.load().sdks).match(s.manifestOnly).map(\.sdk.id))
        XCTAssertTrue(ids.contains("jpush"), "JPush's services and provider name it without any class: \(ids)")
    }

    func testAppsWithoutSDKsHaveNone() throws {
        let kb = try KnowledgeBase.load()
        let matcher = SDKMatcher(sdks: kb.sdks)
        for name in Self.withoutSDKs {
            guard let s = try scan(name) else { continue }
            let recipients = matcher.match(s.classes).filter { kb.isDataRecipient(category: $0.sdk.category) }
            XCTAssertEqual(recipients.map(\.sdk.id), [], name)
        }
    }
}
