import Foundation
import XCTest
@testable import MingchaKit

/// Which asset files are read as possible policies: large text is read only when its name
/// suggests a policy (a dictionary that happens to contain 隐私 is not worth inflating).
final class PolicyCandidateCapTests: XCTestCase {
    func testLargeUnnamedTextIsSkippedAndNamedTextIsRead() throws {
        let sentence = Array("本应用重视您的隐私。我们收集设备标识符用于安全风控。\n".utf8)
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 1) + sentence
        let small = sentence + [UInt8](repeating: UInt8(ascii: "b"), count: 1000)
        let zip = ZipWriterForTests.stored([
            ("assets/words/essay.txt", big),            // unnamed, over 1 MiB: skipped
            ("assets/privacy_full.txt", big),           // named: read up to the 4 MiB cap
            ("assets/notes.txt", small),                // unnamed, small: read
        ])
        let limits = ScanLimits()
        let archive = try ZipArchive(bytes: zip, name: "app.apk", limits: limits, budget: InflateBudget(limits: limits))
        let input = ApkInput(path: "app.apk", kind: "apk", base: archive, splits: [], container: nil, declaredPackage: nil)
        let found = PolicySources.candidates(input, limits: limits)
        XCTAssertEqual(found.candidates.map(\.path).sorted(), ["assets/notes.txt", "assets/privacy_full.txt"])
        XCTAssertTrue(found.problems.isEmpty)
        // The bytes inflated are those of the two files read, not of the dictionary.
        XCTAssertEqual(archive.budget.consumed, big.count + small.count)
    }
}
