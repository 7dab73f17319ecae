import Foundation
import XCTest
@testable import MingchaKit

final class BackgroundTests: XCTestCase {
    private struct Failed: Error, Equatable {}

    func testWorkGoesToAnotherThreadByDefault() throws {
        let caller = pthread_self()
        let work = Background { pthread_self() }
        XCTAssertEqual(pthread_equal(try work.take(), caller), 0)
    }

    func testOneThreadRunsTheWorkOnTheCallerBeforeReturning() throws {
        let caller = pthread_self()
        let ran = Flag()
        let work = ScanThreads.$single.withValue(true) { Background { () -> pthread_t in ran.set(); return pthread_self() } }
        XCTAssertTrue(ran.isSet, "the work is done by the time the Background exists")
        XCTAssertNotEqual(pthread_equal(try work.take(), caller), 0)
        let failing = ScanThreads.$single.withValue(true) { Background<Int> { throw Failed() } }
        XCTAssertThrowsError(try failing.take()) { XCTAssertEqual($0 as? Failed, Failed()) }
    }

    func testOneThreadIsOnlyForTheScanThatAskedForIt() {
        XCTAssertFalse(ScanThreads.single)
        ScanThreads.$single.withValue(true) { XCTAssertTrue(ScanThreads.single) }
        XCTAssertFalse(ScanThreads.single)
    }

    func testUsableCoresFollowsTheAffinityMaskAsNprocDoes() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/nproc")
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(UsableCores.count, Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
