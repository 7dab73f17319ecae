import XCTest
@testable import MingchaKit

/// Facts read from the samples, field by field, as the AppFacts table says a mini-program fills them.
final class MiniProgramFactsTests: XCTestCase {
    func facts(_ name: String) throws -> AppFacts {
        let catalogue = try MiniProgramAPICatalogue.load()
        let path = MP.built.appendingPathComponent(name + ".wxapkg").path
        let bundle = try MiniProgramBundle.open(path: path, kind: .wxapkg, options: ScanOptions())
        var f = AppFactsBuilder.miniProgram(MiniProgramAnalyzer.analyze(bundle, catalogue: catalogue), catalogue: catalogue)
        AppFactsBuilder.finish(&f)
        return f
    }

    func testExtJSONDeclarations() throws {
        let c = try AppConfig.parse(ArraySlice(Array("{\"pages\":[\"a\"],\"ext\":{\"requiredPrivateInfos\":[\"getLocation\"]}}".utf8)), file: "app-config.json")
        XCTAssertEqual(c.requiredPrivateInfos, ["getLocation"])
        XCTAssertEqual(c.entryPage, "a")
        XCTAssertEqual(MP.code { _ = try AppConfig.parse(ArraySlice(Array("[1,2".utf8)), file: "app-config.json") }, "miniprogram.bad-config")
    }

    func testCatalogueSpeaksTheVocabulary() throws {
        let catalogue = try MiniProgramAPICatalogue.load()
        let vocab = try FactsVocabulary.load()
        let all = catalogue.apis + catalogue.openTypes + catalogue.components
        for a in all { for t in a.infoTypes { XCTAssertNotNil(vocab.entries[t], "\(a.name): \(t)") } }
        for (s, ts) in catalogue.scopes { for t in ts { XCTAssertNotNil(vocab.entries[t], "\(s): \(t)") } }
        XCTAssertEqual(catalogue.api("getLocation")?.privateInfo, true)
        XCTAssertEqual(catalogue.api("startLocationUpdateBackground")?.background, true)
    }

    func testCleanSample() throws {
        let f = try facts("clean")
        XCTAssertEqual(f.identity.name, "示例小程序")
        XCTAssertEqual(f.consent.flowPresent, true)
        XCTAssertTrue(f.consent.flowEvidence.contains { $0.detail?.contains("onNeedPrivacyAuthorization") ?? false })
        XCTAssertEqual(f.consent.agreementCheckboxes.map(\.checkedByDefault), [false])
        XCTAssertEqual(f.declarations.map { "\($0.api):\($0.declared)" }, ["wx.getLocation:true"])
        XCTAssertEqual(f.permissionRequests.map { "\($0.site):\($0.rationale.rawValue):\($0.atLaunch)" }, ["pages/index/index.js findStores:declared:false"])
        XCTAssertTrue(f.permissions.contains { $0.name == "requiredPrivateInfos.getLocation" })
        XCTAssertTrue(f.collection.contains { $0.infoType == "location" && $0.channel == .miniProgramAPI && $0.collector == .app })
        XCTAssertTrue(f.preConsent.isEmpty, "location is only called from a tap handler")
        XCTAssertEqual(f.ui?.accountDeletionEntry.isEmpty, false)
    }

    func testPlantedFacts() throws {
        let alias = try facts("minified-alias")
        XCTAssertEqual(alias.preConsent.map { "\($0.entryKind.rawValue):\($0.target)" }, ["appLaunch:wx.getLocation"])
        XCTAssertTrue(alias.preConsent[0].evidence[0].location?.contains("alias of wx") ?? false)
        XCTAssertEqual(alias.consent.flowPresent, false)

        let bg = try facts("background-location")
        XCTAssertEqual(Set(bg.background.map(\.mechanism)), [.backgroundMode, .api])
        XCTAssertTrue(bg.declarations.allSatisfy(\.declared))

        let phone = try facts("phone-on-launch")
        let req = try XCTUnwrap(phone.permissionRequests.first { $0.permissions == ["getPhoneNumber"] })
        XCTAssertTrue(req.atLaunch)
        XCTAssertEqual(req.infoTypes, ["phone_number"])
        XCTAssertTrue(phone.collection.contains { $0.infoType == "phone_number" && $0.channel == .component })

        let checked = try facts("default-checked")
        XCTAssertEqual(checked.consent.agreementCheckboxes.map(\.checkedByDefault), [true])

        let exits = try facts("disagree-exits")
        XCTAssertEqual(exits.consent.disagreeHandlers.map(\.site), ["pages/index/index.js handleDisagree"])
        XCTAssertFalse(exits.consent.impliedConsentWording.isEmpty)

        // A bundled analytics SDK file is matched through the knowledge base (SDKMatcher jsFiles).
        var o = ScanOptions(); o.policyPath = nil
        let scanned = try XCTUnwrap(Scanner.scan(path: MP.built.appendingPathComponent("no-consent-flow.wxapkg").path, options: o).facts)
        XCTAssertTrue(scanned.sdks.contains { $0.id == "mp-aldstat" && $0.evidence.contains { ($0.file ?? "").contains("ald-stat.js") } },
                      "\(scanned.sdks.map(\.id))")

        let noDesc = try facts("location-no-desc")
        XCTAssertEqual(noDesc.permissionRequests.map(\.rationale), [.none])
    }
}

final class MiniProgramPolicyCandidateTests: XCTestCase {
    /// A privacy page in the compiled WXML and a policy URL in the JS reach the policy finder.
    func testBundledPolicyPageAndURL() throws {
        let frame = """
        var x=['./pages/index/index.wxml','./pages/privacy/privacy.wxml'];
        function gz$gwx_1(){
        (function(z){var a=11;function Z(ops){z.push(ops)}
        Z([3,'首页'])
        })(__WXML_GLOBAL__.ops_cached.$gwx_1);return __WXML_GLOBAL__.ops_cached.$gwx_1
        }
        function gz$gwx_2(){
        (function(z){var a=11;function Z(ops){z.push(ops)}
        Z([3,'隐私政策：我们收集您的位置信息用于推荐门店。'])
        })(__WXML_GLOBAL__.ops_cached.$gwx_2);return __WXML_GLOBAL__.ops_cached.$gwx_2
        }
        d_[x[0]]={}
        var m0=function(e,s,r,gg){var z=gz$gwx_1()
        var oA=_oz(z,0,e,s,gg)
        return r}
        d_[x[1]]={}
        var m1=function(e,s,r,gg){var z=gz$gwx_2()
        var oB=_oz(z,0,e,s,gg)
        return r}
        """
        let js = "define(\"app.js\",function(){App({onLaunch:function(){this.u='https://m.example.cn/privacy-policy.html';this.v='https://cdn.example.cn/logo.png'}})});"
        let pkg = MP.pack([("/app-config.json", Array("{\"pages\":[\"pages/index/index\",\"pages/privacy/privacy\"]}".utf8)),
                           ("/app-service.js", Array(js.utf8)), ("/page-frame.html", Array(frame.utf8))])
        let dir = try MP.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("p.wxapkg")
        try Data(pkg).write(to: file)
        let catalogue = try MiniProgramAPICatalogue.load()
        let bundle = try MiniProgramBundle.open(path: file.path, kind: .wxapkg, options: ScanOptions())
        let mp = MiniProgramAnalyzer.analyze(bundle, catalogue: catalogue)
        XCTAssertEqual(mp.policyCandidates.map(\.path), ["page-frame.html#pages/privacy/privacy"])
        XCTAssertTrue(String(decoding: mp.policyCandidates[0].bytes, as: UTF8.self).contains("位置信息"))
        XCTAssertEqual(mp.policyURLs, ["https://m.example.cn/privacy-policy.html"])
    }
}
