import XCTest
@testable import MingchaKit

final class ByteReaderTests: XCTestCase {
    func testReadsBothEndians() throws {
        var le = ByteReader([0x01, 0x02, 0x03, 0x04])
        XCTAssertEqual(try le.u32(), 0x0403_0201)
        var be = ByteReader([0x01, 0x02, 0x03, 0x04], endian: .big)
        XCTAssertEqual(try be.u16(), 0x0102)
        XCTAssertEqual(try be.u16(), 0x0304)
    }

    func testOutOfBoundsThrowsInsteadOfTrapping() {
        var r = ByteReader([0x01, 0x02, 0x03])
        XCTAssertThrowsError(try r.u32())
        XCTAssertThrowsError(try r.window(at: 2, count: 5))
        XCTAssertThrowsError(try r.slice(at: -1, count: 1))
        XCTAssertThrowsError(try r.peekU16(at: Int.max - 1))
    }

    func testWindowLimitsReads() throws {
        let r = ByteReader([0, 1, 2, 3, 4, 5, 6, 7])
        var w = try r.window(at: 2, count: 3)
        XCTAssertEqual(try w.u8(), 2)
        try w.skip(2)
        XCTAssertThrowsError(try w.u8())
    }

    func testLEB128() throws {
        var r = ByteReader([0xe5, 0x8e, 0x26, 0x7f, 0x80, 0x7f])
        XCTAssertEqual(try r.uleb128(), 624_485)
        XCTAssertEqual(try r.sleb128(), -1)
        XCTAssertEqual(try r.sleb128(), -128)
        var bad = ByteReader([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
        XCTAssertThrowsError(try bad.uleb128())
    }

    func testSHA256KnownVector() {
        XCTAssertEqual(Hashing.sha256Hex(Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
