import Foundation
import XCTest
@testable import MingchaKit

/// The signing block, layouts and UI text read on the second core are what reading them in place
/// gives, and they are read in place when the inflate budget might run out.
final class CodeFreeReadsTests: XCTestCase {
    private func open(_ limits: ScanLimits) throws -> (ApkInput, ResourceTable?) {
        let input = try ApkInput.open(path: FactsFixture.apk, limits: limits, budget: InflateBudget(limits: limits))
        return (input, try ApkManifestLoader.load(input.base, limits: limits).resources)
    }

    func testTheSecondCoreReadsWhatTheMainThreadWould() throws {
        let (input, resources) = try open(ScanLimits())
        let started = try XCTUnwrap(CodeFreeReads.start(input, resources: resources, limits: ScanLimits()))
        let ahead = try started.take()
        let inPlace = CodeFreeReads.read(path: input.path, base: input.base, resources: resources, limits: ScanLimits())
        XCTAssertFalse(inPlace.signing.certificates.isEmpty)
        XCTAssertEqual(ahead.signing, inPlace.signing)
        XCTAssertFalse(inPlace.layouts.isEmpty)
        XCTAssertEqual(ahead.layouts.map(\.path), inPlace.layouts.map(\.path))
        XCTAssertEqual(ahead.layoutFailures.map(\.path), inPlace.layoutFailures.map(\.path))
        XCTAssertFalse(inPlace.text.items.isEmpty)
        XCTAssertEqual(ahead.text.items.map(\.text), inPlace.text.items.map(\.text))
        XCTAssertEqual(UISignalScan.signals(ahead.text), UISignalScan.signals(inPlace.text))
    }

    func testNothingStartsWhenTheBudgetMightRunOut() throws {
        var limits = ScanLimits()
        let (probe, _) = try open(limits)
        limits.maxTotalBytes = probe.base.entries.reduce(0) { $0 + $1.uncompressedSize } - 1
        let (input, resources) = try open(limits)
        XCTAssertNil(CodeFreeReads.start(input, resources: resources, limits: limits))
    }
}
