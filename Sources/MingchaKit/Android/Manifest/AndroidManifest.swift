/// The app's AndroidManifest.xml as Android's package parser understands it: names qualified
/// against the package, references resolved through resources.arsc, effective `exported` flags.
public struct AndroidManifest: Codable, Sendable {
    public var package: String
    public var versionCode: Int?
    public var versionName: String?
    public var minSdk: Int?
    public var targetSdk: Int?
    /// A preview codename given instead of a number ("Q"); Android then uses 10000 as the level.
    public var targetSdkCodename: String?
    public var maxSdk: Int?
    public var compileSdk: Int?
    public var platformBuildVersionCode: Int?
    public var platformBuildVersionName: String?
    public var usesPermissions: [UsesPermission] = []
    public var permissions: [DeclaredPermission] = []
    public var application: ManifestApplication = ManifestApplication()
    public var components: [ManifestComponent] = []
    public var queries = ManifestQueries()

    /// The target SDK Android applies: targetSdkVersion, else minSdkVersion, else 1.
    public var effectiveTargetSdk: Int { targetSdk ?? minSdk ?? 1 }

    public func components(_ kind: ManifestComponent.Kind) -> [ManifestComponent] {
        components.filter { $0.kind == kind }
    }

    /// Names of all requested permissions (both `uses-permission` forms), in file order.
    public var permissionNames: [String] { usesPermissions.map(\.name) }

    public init(package: String) { self.package = package }

    /// Builds the model from a parsed manifest; `resources` resolves `@string/..`, `@bool/..` values.
    public init(document: XMLDocument, resources: ResourceTable? = nil) throws {
        guard let root = document.root else { throw AXMLError.noRootElement }
        guard root.name == "manifest" else {
            throw ManifestError.notManifest(rootElement: root.name)
        }
        let b = ManifestValueReader(resources: resources)
        self.package = b.text(root.plain("package")) ?? ""
        versionCode = b.int(root.android("versionCode"))
        versionName = b.text(root.android("versionName"))
        compileSdk = b.int(root.android("compileSdkVersion"))
        platformBuildVersionCode = b.int(root.plain("platformBuildVersionCode"))
        platformBuildVersionName = b.text(root.plain("platformBuildVersionName"))

        for child in root.children {
            switch child.name {
            case "uses-sdk" where minSdk == nil && targetSdk == nil:
                minSdk = b.sdkLevel(child.android("minSdkVersion"))
                targetSdk = b.sdkLevel(child.android("targetSdkVersion"))
                if case let .string(s)? = b.value(child.android("targetSdkVersion")), Int(s) == nil { targetSdkCodename = s }
                maxSdk = b.int(child.android("maxSdkVersion"))
            case "uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m":
                guard let name = b.text(child.android("name")), !name.isEmpty else { continue }
                usesPermissions.append(UsesPermission(name: name, maxSdkVersion: b.int(child.android("maxSdkVersion")),
                                                      sdk23: child.name != "uses-permission", line: child.line))
            case "permission":
                guard let name = b.text(child.android("name")) else { continue }
                permissions.append(DeclaredPermission(name: name, protectionLevel: b.protectionLevel(child.android("protectionLevel")),
                                                      line: child.line))
            case "queries":
                queries = b.queries(child)
            default:
                break
            }
        }
        // Android reads the first <application> only.
        if let app = root.children.first(where: { $0.name == "application" }) {
            application = b.application(app, package: package)
            let target = targetSdk ?? minSdk ?? 1
            for c in app.children {
                guard let kind = ManifestComponent.Kind(rawValue: c.name) else { continue }
                components.append(b.component(c, kind: kind, package: package, targetSdk: target))
            }
        }
    }

    /// Parses manifest bytes (and optional resources.arsc bytes) in one step.
    public static func parse(manifest: [UInt8], resources: [UInt8]? = nil, limits: ScanLimits = ScanLimits()) throws -> AndroidManifest {
        let doc = try AXML.parse(manifest, limits: limits)
        let table = try resources.map { try ResourceTable.parse($0, limits: limits) }
        return try AndroidManifest(document: doc, resources: table)
    }

    /// Android's `buildClassName`: ".Foo" and "Foo" are relative to the package.
    public static func qualify(_ name: String, package: String) -> String {
        if name.hasPrefix(".") { return package + name }
        if !name.contains(".") && !package.isEmpty { return package + "." + name }
        return name
    }
}

public enum ManifestError: MingchaError, Equatable {
    case notManifest(rootElement: String)
    case missing

    public var code: String {
        switch self {
        case .notManifest: return "manifest.not-manifest"
        case .missing: return "manifest.missing"
        }
    }

    public var description: String {
        switch self {
        case let .notManifest(root): return "AndroidManifest.xml's root element is <\(root)>, not <manifest>"
        case .missing: return "the APK has no AndroidManifest.xml"
        }
    }
}
