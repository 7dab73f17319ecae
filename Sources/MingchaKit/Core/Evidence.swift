/// Where a fact or a finding came from, precise enough that a tester can check it in a minute.
/// Evidence is a value; reports decide how to render it.
public struct Evidence: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case packageFile        // a file inside the package (asset, native lib, layout, DEX)
        case manifestElement    // an element of AndroidManifest.xml
        case resource           // a resolved resource (string, bool, xml)
        case dexClass           // a class present in the code
        case dexCall            // an invoke instruction: caller -> callee
        case callPath           // a chain of calls from an entry point
        case layoutElement      // an element of a layout file
        case signing            // a signing certificate
        case configKey          // a key in a mini-program config
        case jsCall             // a call in mini-program JavaScript
        case wxmlElement        // a compiled WXML element or attribute
        case policySentence     // a sentence of the privacy policy
        case policyTableRow     // a row of a table in the privacy policy
        case policyMissing      // the policy lacks something (what was searched for)
        case string             // a string constant in code or resources
        case input              // something the user supplied (batch list, flag)
    }

    public var kind: Kind
    /// File inside the package (e.g. `classes2.dex`, `res/layout/consent.xml`, `app-config.json`),
    /// or the policy file.
    public var file: String?
    /// Position inside that file: class and method, element path, key path, section heading.
    public var location: String?
    /// The text that shows it: the element, the call descriptor, the sentence.
    public var detail: String?
    /// A call path from an entry point, outermost first.
    public var path: [String]?

    public init(_ kind: Kind, file: String? = nil, location: String? = nil, detail: String? = nil, path: [String]? = nil) {
        self.kind = kind
        self.file = file
        self.location = location
        self.detail = detail
        self.path = path
    }
}
