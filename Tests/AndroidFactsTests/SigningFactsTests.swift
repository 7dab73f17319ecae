import XCTest
@testable import MingchaKit

/// Developer names from certificate subjects, as OpenSSL prints them (RFC 2253).
final class SigningFactsTests: XCTestCase {
    func testDistinguishedNameUnescapes() {
        let parts = DistinguishedName.parse("CN=Zhang San,O=Acme\\, Inc.,OU=\"R,D\",C=CN")
        XCTAssertEqual(parts.map(\.key), ["CN", "O", "OU", "C"])
        XCTAssertEqual(parts[1].value, "Acme, Inc.")
        XCTAssertEqual(parts[2].value, "R,D")
    }

    func testDeveloperPrefersOrganisationAndSkipsPlaceholders() {
        func info(_ subject: String) -> SigningInfo {
            var i = SigningInfo()
            i.certificates = [CertificateInfo(scheme: "v2", signer: 0, chainIndex: 0, file: nil, subject: subject, issuer: subject,
                                              serial: "1", notBefore: "", notAfter: "", sha256: subject, sha1: "", md5: "",
                                              keyAlgorithm: "RSA", keyBits: 2048, signatureAlgorithm: "", minSdk: nil, maxSdk: nil)]
            return i
        }
        XCTAssertEqual(SigningFacts.developer(info("CN=Li,O=北京明察科技有限公司,C=CN")), "北京明察科技有限公司")
        XCTAssertEqual(SigningFacts.developer(info("CN=Wang Wu,O=Unknown,C=CN")), "Wang Wu")
        XCTAssertNil(SigningFacts.developer(info("C=US,O=Android,CN=Android Debug")))
        XCTAssertNil(SigningFacts.developer(SigningInfo()))
        XCTAssertEqual(SigningFacts.limitations(SigningInfo()).count, 1, "unsigned is a limitation")
    }
}
