import Foundation
import XCTest
@testable import MingchaKit

/// The call-site index over the two-DEX fixture app: exact call sites, strings, fields, hierarchy.
final class DexIndexTests: XCTestCase {
    let onCreate = MethodRef(className: "com.mingcha.fx.PrivacyApp", name: "onCreate", proto: "()V")
    let getDeviceId = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
    let umInit = MethodRef(className: "com.umeng.commonsdk.UMConfigure", name: "init",
                           proto: "(Landroid/content/Context;Ljava/lang/String;)V")

    func testClassesAcrossDexFiles() throws {
        let idx = try DexFixtureTests.index()
        XCTAssertEqual(idx.dexFiles, ["classes.dex", "classes2.dex"])
        XCTAssertEqual(idx.classes.map(\.name).sorted(),
                       ["com.mingcha.fx.Api", "com.mingcha.fx.Formats", "com.mingcha.fx.PrivacyApp",
                        "com.mingcha.fx.SplashApp", "com.umeng.commonsdk.UMConfigure"])
        XCTAssertFalse(idx.isPartial, "\(idx.problems)")
        let app = try XCTUnwrap(idx.class(named: "com.mingcha.fx.PrivacyApp"))
        XCTAssertEqual(app.superclass, "android.app.Application")
        XCTAssertEqual(app.interfaces, ["java.lang.Runnable", "com.mingcha.fx.Api"])
        XCTAssertEqual(app.dexFile, "classes.dex")
        XCTAssertTrue(app.hasStaticInitializer)
        XCTAssertEqual(app.methods.map(idx.name(of:)), ["<clinit>", "<init>", "call", "onCreate", "run", "secret"])
        XCTAssertEqual(app.methods.first { idx.name(of: $0) == "secret" }?.hasCode, false)
        XCTAssertEqual(app.methods.first { idx.name(of: $0) == "<init>" }.map { $0.accessFlags & DexAccess.constructor },
                       DexAccess.constructor)
        XCTAssertFalse(try XCTUnwrap(idx.class(named: "com.mingcha.fx.SplashApp")).hasStaticInitializer)
        XCTAssertEqual(idx.class(named: "com.umeng.commonsdk.UMConfigure")?.dexFile, "classes2.dex")
        XCTAssertNil(idx.class(named: "android.app.Application"))
        XCTAssertEqual(idx.class(named: "com.mingcha.fx.Api").map { $0.accessFlags & DexAccess.interface }, DexAccess.interface)
    }

    func testHierarchy() throws {
        let idx = try DexFixtureTests.index()
        XCTAssertEqual(idx.subclasses(of: "com.mingcha.fx.PrivacyApp").map(\.name), ["com.mingcha.fx.SplashApp"])
        XCTAssertEqual(idx.subclasses(of: "android.app.Application").map(\.name), ["com.mingcha.fx.PrivacyApp"])
        XCTAssertEqual(idx.subclasses(of: "android.app.Application", transitive: true).map(\.name),
                       ["com.mingcha.fx.PrivacyApp", "com.mingcha.fx.SplashApp"])
        XCTAssertEqual(idx.implementors(of: "com.mingcha.fx.Api").map(\.name), ["com.mingcha.fx.PrivacyApp"])
    }

    func testCallSites() throws {
        let idx = try DexFixtureTests.index()
        let sites = idx.callSites(matching: getDeviceId)
        XCTAssertEqual(Set(sites.map(\.caller.smali)),
                       ["Lcom/mingcha/fx/PrivacyApp;->onCreate()V", "Lcom/mingcha/fx/SplashApp;->onCreate()V"])
        XCTAssertEqual(sites.count, 2)
        XCTAssertEqual(sites.first?.opcode, 0x6e)
        XCTAssertEqual(sites.first?.evidence.kind, .dexCall)
        XCTAssertEqual(sites.first?.evidence.detail, getDeviceId)
        XCTAssertEqual(idx.callSites(toClass: "android.telephony.TelephonyManager").count, 2)
        XCTAssertEqual(idx.callSites(toClass: "android.telephony.TelephonyManager", method: "getImei").count, 0)
        XCTAssertEqual(idx.callSites(toClass: "com.mingcha.fx.Api", method: "call").count, 2)

        XCTAssertEqual(idx.callees(of: onCreate).map(\.smali), [
            "Landroid/app/Application;->onCreate()V",
            "Lcom/mingcha/fx/PrivacyApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;",
            getDeviceId,
            "Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;)V",
        ])
        // The reference in classes.dex and the definition in classes2.dex are one global method.
        XCTAssertEqual(idx.callers(of: umInit), [onCreate])
        let umId = try XCTUnwrap(idx.methodId(umInit))
        XCTAssertEqual(idx.definingClass(ofMethod: umId)?.dexFile, "classes2.dex")
        let settings = idx.callSites(toClass: "android.provider.Settings$Secure", method: "getString")
        XCTAssertEqual(settings.map(\.caller), [umInit])
        XCTAssertEqual(settings.first?.dexFile, "classes2.dex")
        // invoke-super of the subclass resolves to the declared target, not a guess.
        XCTAssertEqual(idx.callers(of: onCreate).map(\.smali).sorted(),
                       ["Lcom/mingcha/fx/PrivacyApp;->run()V", "Lcom/mingcha/fx/SplashApp;->onCreate()V"])
        // invoke-polymorphic is a call site of the MethodHandle method; invoke-custom is not an invoke target.
        let formats = MethodRef(className: "com.mingcha.fx.Formats", name: "modern", proto: "(Ljava/lang/invoke/MethodHandle;)V")
        XCTAssertEqual(idx.callees(of: formats).map(\.name), ["invoke", "invokeExact"])
        XCTAssertTrue(idx.callSites(matching: "not a descriptor").isEmpty)
    }

    func testStringsAndFields() throws {
        let idx = try DexFixtureTests.index()
        XCTAssertEqual(idx.strings(in: onCreate), ["phone", "umeng_key"])
        // MUTF-8: an embedded NUL (C0 80) and a character outside the BMP (two surrogate halves).
        let clinit = MethodRef(className: "com.mingcha.fx.PrivacyApp", name: "<clinit>", proto: "()V")
        XCTAssertEqual(idx.strings(in: clinit), ["隐私政策 \u{0} 𝄞"])
        XCTAssertEqual(idx.strings(in: umInit), ["android_id"])
        XCTAssertEqual(Set(idx.methods(usingString: "phone").map(\.className)),
                       ["com.mingcha.fx.PrivacyApp", "com.mingcha.fx.SplashApp"])
        let serial = FieldRef(className: "android.os.Build", name: "SERIAL", type: "Ljava/lang/String;")
        XCTAssertEqual(idx.fieldReads(in: onCreate), [serial])
        XCTAssertEqual(idx.readers(of: serial), [onCreate])
        XCTAssertEqual(idx.fieldWrites(in: clinit).map(\.smali), ["Lcom/mingcha/fx/PrivacyApp;->tag:Ljava/lang/String;"])
        XCTAssertEqual(idx.fieldReads(in: clinit), [])
        let objects = MethodRef(className: "com.mingcha.fx.Formats", name: "objects", proto: "()Ljava/lang/Object;")
        XCTAssertEqual(idx.fieldReads(in: objects).map(\.name), ["count", "total", "items"])
        XCTAssertEqual(idx.fieldWrites(in: objects).map(\.name), ["count", "total"])
    }

    func testTypeReferences() throws {
        let idx = try DexFixtureTests.index()
        let objects = MethodRef(className: "com.mingcha.fx.Formats", name: "objects", proto: "()Ljava/lang/Object;")
        XCTAssertEqual(idx.types(in: objects), ["Landroid/telephony/TelephonyManager;", "Ljava/lang/String;",
                                                "Ljava/lang/CharSequence;", "Ljava/lang/StringBuilder;", "[I", "[I", "[I"])
        XCTAssertEqual(idx.methods(referencingType: "java.lang.StringBuilder", op: 0x22), [objects])
        XCTAssertEqual(idx.methods(referencingType: "java.lang.StringBuilder", op: 0x1c), [])
        XCTAssertEqual(Set(idx.methods(referencingType: "android.telephony.TelephonyManager").map(\.name)),
                       ["objects", "onCreate"])
    }

    func testBuildFromBytesKeepsGoodFiles() throws {
        let good = try [UInt8](Data(contentsOf: DexFixtureTests.dir.appendingPathComponent("classes.dex")))
        let idx = try DexIndex.build(named: [("classes.dex", good), ("classes2.dex", Array(good.prefix(40)))])
        XCTAssertEqual(idx.classes.count, 4)
        XCTAssertEqual(idx.problems.map(\.code), ["dex.truncated"])
        XCTAssertEqual(idx.problems.first?.dexFile, "classes2.dex")
        XCTAssertEqual(DexIndex.loadOrder(["classes10.dex", "assets/classes2.dex", "classes2.dex", "classes.dex",
                                           "classes1.dex", "classes02.dex", "lib/x.so", "classes3.dex"]),
                       ["classes.dex", "classes2.dex", "classes3.dex", "classes10.dex"])
    }

    func testMethodRefForms() {
        let r = MethodRef(smali: getDeviceId)
        XCTAssertEqual(r?.className, "android.telephony.TelephonyManager")
        XCTAssertEqual(r?.name, "getDeviceId")
        XCTAssertEqual(r?.proto, "()Ljava/lang/String;")
        XCTAssertEqual(r?.smali, getDeviceId)
        XCTAssertEqual(DexNames.dotted("[Ljava/lang/Object;"), "[Ljava/lang/Object;")
        // ASCII and non-ASCII descriptors; a combining mark after L makes the first character
        // not "L", and a descriptor that is not a class stays as it is.
        let dotted: [(String, String)] = [("Lcom/a/B;", "com.a.B"), ("LI;", "I"), ("L;", ""), ("Lé/中/x;", "é.中.x"),
                                          ("L\u{301}x/y;", "L\u{301}x/y;"), ("I", "I"), ("", ""), ("Lcom/a", "Lcom/a")]
        for (d, want) in dotted { XCTAssertEqual(DexNames.dotted(d), want, d) }
        XCTAssertEqual(DexNames.descriptor("[I"), "[I")
        // One-letter obfuscated classes are classes, not primitives.
        XCTAssertEqual(MethodRef(descriptor: "LI;", name: "a", proto: "()V").smali, "LI;->a()V")
        XCTAssertEqual(MethodRef(smali: "LV;->b(I)V")?.className, "V")
        XCTAssertEqual(MethodRef(smali: "[Ljava/lang/Object;->clone()Ljava/lang/Object;")?.smali,
                       "[Ljava/lang/Object;->clone()Ljava/lang/Object;")
    }
}
