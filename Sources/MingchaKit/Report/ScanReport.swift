/// The whole result of scanning one app: what it is, what was read, what was found.
/// This is the per-app JSON document; its schema is versioned (`schemaVersion`).
public struct ScanReport: Codable, Sendable {
    public static let schemaVersion = "1.0"

    public var schemaVersion: String = ScanReport.schemaVersion
    public var tool: ToolInfo
    public var input: InputInfo
    public var status: ScanStatus
    /// Problems met while scanning; with status `partial` the facts are incomplete, with `error`
    /// there are none.
    public var problems: [ScanProblem]
    public var facts: AppFacts?
    /// The parsed APK (manifest model, signing certificates, inventory, code size); nil otherwise.
    public var android: AndroidPackage?
    public var findings: [Finding]

    public init(tool: ToolInfo, input: InputInfo, status: ScanStatus, problems: [ScanProblem],
                facts: AppFacts?, findings: [Finding]) {
        self.tool = tool; self.input = input; self.status = status; self.problems = problems
        self.facts = facts; self.findings = findings
    }
}

public struct ToolInfo: Codable, Hashable, Sendable {
    public var name = "mingcha"
    public var version: String
    public var knowledgeBaseVersion: String
    public var rulesVersion: String
    public init(version: String, knowledgeBaseVersion: String, rulesVersion: String) {
        self.version = version; self.knowledgeBaseVersion = knowledgeBaseVersion; self.rulesVersion = rulesVersion
    }
}

public struct InputInfo: Codable, Hashable, Sendable {
    public var path: String
    public var fileName: String
    public var sha256: String
    public var size: Int
    /// PackageKind raw value: apk, apkBundle, wxapkg, wxapkgEncrypted, tpkg, miniProgramDirectory, ...
    public var kind: String
    public init(path: String, fileName: String, sha256: String, size: Int, kind: String) {
        self.path = path; self.fileName = fileName; self.sha256 = sha256; self.size = size; self.kind = kind
    }
}

public enum ScanStatus: String, Codable, Sendable { case ok, partial, error }

public struct ScanProblem: Codable, Hashable, Sendable {
    public var code: String
    public var message: String
    public init(code: String, message: String) { self.code = code; self.message = message }
    public init(_ error: Error) {
        if let e = error as? MingchaError { code = e.code } else if error is ByteReaderError { code = "bytes.malformed" } else { code = "scan.error" }
        message = String(describing: error)
    }
}
