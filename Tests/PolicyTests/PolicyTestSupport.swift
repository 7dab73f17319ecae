import Foundation
import XCTest
@testable import MingchaKit

/// Shared helpers: fixtures by name, a document and its summary read the way the CLI does.
enum PF {
    static let dir = MingchaPaths.testFixtures.appendingPathComponent("policy")
    static func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))) }

    /// Real policies we may read but not copy into the project: `$MINGCHA_POLICY_CORPUS`, else
    /// `../shared/corpus/policies` beside the repository (the team's shared folder).
    static var sharedPolicies: URL {
        if let env = ProcessInfo.processInfo.environment["MINGCHA_POLICY_CORPUS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return MingchaPaths.sourceRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/policies")
    }

    static func read(_ name: String) throws -> (PolicyDocument, PolicySummary) {
        let doc = try PolicyReader.readFile(path(name))
        let s = PolicyReader.summary(of: doc, availability: .supplied, source: [], terms: try PolicyTerms.standard())
        return (doc, s)
    }

    static func summary(text: String, name: String = "inline.txt") throws -> PolicySummary {
        let doc = try PolicyReader.document(bytes: Array(text.utf8), name: name)
        return PolicyReader.summary(of: doc, availability: .supplied, source: [], terms: try PolicyTerms.standard())
    }
}
