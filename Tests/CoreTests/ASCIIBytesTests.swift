import XCTest
@testable import MingchaKit

/// The eight-at-a-time ASCII check: a high byte anywhere, in a whole word or in the tail, is seen.
final class ASCIIBytesTests: XCTestCase {
    func testAHighByteAtAnyPlaceIsSeen() {
        for length in 0...20 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            XCTAssertTrue(plain.withUnsafeBufferPointer { $0.isASCII }, "length \(length)")
            for at in 0..<length {
                for high: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[at] = high
                    XCTAssertFalse(bytes.withUnsafeBufferPointer { $0.isASCII }, "0x\(String(high, radix: 16)) at \(at) of \(length)")
                }
            }
        }
        // A slice starting off a word boundary reads unaligned words.
        let bytes = Array("xxLcom/example/\u{4E2D}/A;".utf8)
        XCTAssertFalse(bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[2...]).isASCII })
        XCTAssertTrue(bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[1..<14]).isASCII })
    }
}
