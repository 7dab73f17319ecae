import XCTest
@testable import MingchaKit

/// The declared size is a contract: exactly that many bytes, or a typed outcome saying how the
/// stream broke it. These bytes are zlib's raw DEFLATE of "privacy policy " 20 times.
final class InflaterTests: XCTestCase {
    private let stream: [UInt8] = [43, 40, 202, 44, 75, 76, 174, 84, 40, 200, 207, 201, 4, 81, 163, 92, 220, 92, 0]
    private let text = Array(String(repeating: "privacy policy ", count: 20).utf8)

    func testExactSizeInflates() {
        guard case .ok(let bytes) = Inflater.inflate(stream, declared: 300) else { return XCTFail("not inflated") }
        XCTAssertEqual(bytes, text)
    }

    func testMoreThanDeclaredIsRefused() {
        guard case .tooLong = Inflater.inflate(stream, declared: 299) else { return XCTFail("one byte over was accepted") }
        guard case .tooLong = Inflater.inflate(stream, declared: 0) else { return XCTFail("nothing declared was accepted") }
    }

    func testStreamEndingEarlySaysHowMuchCameOut() {
        guard case .tooShort(let n) = Inflater.inflate(stream, declared: 301) else { return XCTFail("short stream accepted") }
        XCTAssertEqual(n, 300)
    }

    func testTruncatedOrGarbledDataIsCorrupt() {
        guard case .corrupt = Inflater.inflate(Array(stream.dropLast(3)), declared: 300) else { return XCTFail("truncated") }
        guard case .corrupt = Inflater.inflate([0xff, 0xff, 0xff, 0xff], declared: 300) else { return XCTFail("garbage") }
        guard case .corrupt = Inflater.inflate([], declared: 300) else { return XCTFail("no data") }
    }

    func testEmptyStoredBlockIsAnEmptyEntry() {
        // One final stored block of length 0 (LEN 0, NLEN 0xffff).
        guard case .ok(let bytes) = Inflater.inflate([1, 0, 0, 0xff, 0xff], declared: 0) else { return XCTFail("empty") }
        XCTAssertEqual(bytes, [])
    }

    func testCRC32IsTheZipChecksum() {
        XCTAssertEqual(Inflater.crc32(Array("123456789".utf8)), 0xCBF4_3926)   // the standard check value
        XCTAssertEqual(Inflater.crc32([]), 0)
    }
}
