import XCTest
@testable import MingchaKit

final class WxapkgDecryptTests: XCTestCase {
    /// The key of the reference notes' real-package test vector.
    func testKeyDerivationMatchesReferenceVector() throws {
        let key = try WxapkgDecryptor.deriveKey(appid: "wx0a3f2cb08e5994bc")
        XCTAssertEqual(key.map { String(format: "%02x", $0) }.joined(), "b18e3079c485567c572ed20c27d77e2af17910174747df24da1a000962c6f885")
        XCTAssertEqual(WxapkgDecryptor.xorByte(appid: "wx0a3f2cb08e5994bc"), 0x62)
    }

    /// Encrypted by the openssl command line (make-fixtures.sh): decrypts byte for byte to its source.
    func testOpenSSLEncryptedFixtureDecryptsToItsSource() throws {
        let dir = MP.fixtures.appendingPathComponent("openssl-encrypted/wx0a3f2cb08e5994bc")
        let enc = try MP.bytes(dir.appendingPathComponent("__APP__.wxapkg"))
        let plain = try MP.bytes(MP.fixtures.appendingPathComponent("plain.wxapkg"))
        XCTAssertEqual(enc.count, plain.count + 7)
        XCTAssertEqual(try WxapkgDecryptor.decrypt(enc, appid: "wx0a3f2cb08e5994bc", label: "f"), plain)
        // The appid from the folder name is found by the loader.
        let loaded = try WxapkgLoader.load(path: dir.appendingPathComponent("__APP__.wxapkg").path, appid: nil, limits: ScanLimits())
        XCTAssertEqual(loaded.form, .pcEncrypted)
        XCTAssertEqual(loaded.appid, "wx0a3f2cb08e5994bc")
        XCTAssertEqual(loaded.package.bytes, plain)
    }

    /// Encrypted by the sample packer (Python cryptography): the same.
    func testPackerEncryptedSampleDecryptsToItsSource() throws {
        let enc = try MP.bytes(MP.built.appendingPathComponent("encrypted-pc/wx3f9a2c7d5e1b4a60/__APP__.wxapkg"))
        let plain = try MP.bytes(MP.built.appendingPathComponent("encrypted-pc/__APP__.wxapkg"))
        XCTAssertEqual(try WxapkgDecryptor.decrypt(enc, appid: "wx3f9a2c7d5e1b4a60", label: "s"), plain)
    }

    func testWrongMissingOrMalformedAppid() throws {
        let enc = try MP.bytes(MP.fixtures.appendingPathComponent("openssl-encrypted/wx0a3f2cb08e5994bc/__APP__.wxapkg"))
        XCTAssertEqual(MP.code { _ = try WxapkgDecryptor.decrypt(enc, appid: "wx0a3f2cb08e5994bd", label: "f") }, "wxapkg.wrong-appid")
        XCTAssertEqual(MP.code { _ = try WxapkgDecryptor.decrypt(enc, appid: "hello", label: "f") }, "wxapkg.bad-appid")
        XCTAssertEqual(MP.code { _ = try WxapkgLoader.load(bytes: enc, label: "f", path: "/tmp/x/__APP__.wxapkg", appid: nil, limits: ScanLimits()) },
                       "wxapkg.appid-needed")
        XCTAssertEqual(MP.code { _ = try WxapkgDecryptor.decrypt(Array(enc.prefix(500)), appid: "wx0a3f2cb08e5994bc", label: "f") },
                       "wxapkg.encrypted-truncated")
        // The message tells the tester what to do.
        let msg = String(describing: WxapkgError.wrongAppid("__APP__.wxapkg", appid: "wx0a3f2cb08e5994bd"))
        XCTAssertTrue(msg.contains("appid is wrong"), msg)
    }

    func testAppidFromPath() {
        XCTAssertEqual(WxapkgAppID.fromPath("/a/Applet/wx0a3f2cb08e5994bc/12/__APP__.wxapkg"), "wx0a3f2cb08e5994bc")
        XCTAssertEqual(WxapkgAppID.fromPath("/a/wx0a3f2cb08e5994bc_3.wxapkg"), "wx0a3f2cb08e5994bc")
        XCTAssertNil(WxapkgAppID.fromPath("/a/wx0a3f2cb08e5994bcd/x.wxapkg"), "17 hex digits is no appid")
        XCTAssertNil(WxapkgAppID.fromPath("/a/WX0A3F2CB08E5994BC/x.wxapkg"))
    }
}
