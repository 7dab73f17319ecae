import XCTest
@testable import MingchaKit

/// The index trims its tables once built: a table over its size is copied into an exact buffer,
/// unless it is within the slack its caller allows (an eighth for classes and names, whose copy
/// costs a retain and a release per element).
final class ExactCapacityTests: XCTestCase {
    func testFarOverIsCopiedExactAndNearlyExactIsKept() {
        var grown: [String] = []
        grown.reserveCapacity(10_000)
        for i in 0..<1_000 { grown.append("Lcom/example/C\(i);") }
        let trimmed = grown.exactCapacity(slack: grown.count / 8)
        XCTAssertEqual(trimmed, grown)
        XCTAssertLessThanOrEqual(trimmed.capacity - trimmed.count, trimmed.count / 8, "copied into a buffer of its size")
        XCTAssertNotEqual(address(trimmed), address(grown))

        var near: [String] = []
        near.reserveCapacity(1_100)
        for i in 0..<1_000 { near.append("Lcom/example/C\(i);") }
        XCTAssertLessThanOrEqual(near.capacity - near.count, near.count / 8)
        let kept = near.exactCapacity(slack: near.count / 8)
        XCTAssertEqual(kept, near)
        XCTAssertEqual(address(kept), address(near), "the same buffer, no copy")
        let exact = near.exactCapacity()
        XCTAssertEqual(exact, near)
        XCTAssertNotEqual(address(exact), address(near), "no slack allowed: copied")

        XCTAssertEqual([Int]().exactCapacity(), [])
    }

    private func address<T>(_ a: [T]) -> UnsafeRawPointer? {
        a.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
}
