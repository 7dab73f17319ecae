/// Parts of the manifest model; `AndroidManifest` holds them.
public struct UsesPermission: Codable, Hashable, Sendable {
    public var name: String
    public var maxSdkVersion: Int?
    /// Declared with `<uses-permission-sdk-23>` (or `-sdk-m`): requested only on API 23+.
    public var sdk23: Bool
    public var line: Int

    public var evidence: Evidence {
        Evidence(.manifestElement, file: "AndroidManifest.xml",
                 location: "<\(sdk23 ? "uses-permission-sdk-23" : "uses-permission") name=\"\(name)\">", detail: "line \(line)")
    }
}

public struct DeclaredPermission: Codable, Hashable, Sendable {
    public var name: String
    /// "normal", "dangerous", "signature", "signature|privileged"...
    public var protectionLevel: String?
    public var line: Int
}

public struct IntentData: Codable, Hashable, Sendable {
    public var scheme: String?
    public var host: String?
    public var port: String?
    public var path: String?
    public var pathPrefix: String?
    public var pathPattern: String?
    public var mimeType: String?
}

public struct IntentFilter: Codable, Hashable, Sendable {
    public var actions: [String] = []
    public var categories: [String] = []
    public var data: [IntentData] = []
    public var priority: Int?
}

public struct MetaData: Codable, Hashable, Sendable {
    public var name: String
    /// `android:value` as text (strings, numbers, booleans), resolved when it is a reference.
    public var value: String?
    /// `android:resource` as "type/name" (or `@0x..` when the table lacks it).
    public var resource: String?
    public var resourceId: UInt32?
}

public struct ManifestQueries: Codable, Hashable, Sendable {
    public var packages: [String] = []
    public var intents: [IntentFilter] = []
    public var providers: [String] = []
}

public struct ManifestApplication: Codable, Hashable, Sendable {
    /// Fully qualified `android:name`, if the app has its own Application class.
    public var className: String?
    public var label: String?
    public var labelZh: String?
    public var allowBackup: Bool?
    public var debuggable: Bool?
    public var usesCleartextTraffic: Bool?
    /// "xml/network_security_config" (or `@0x..`).
    public var networkSecurityConfig: String?
    public var appComponentFactory: String?
    public var persistent: Bool?
    public var process: String?
    public var metaData: [MetaData] = []
    public var line: Int = 0
}

public struct ManifestComponent: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case activity
        case activityAlias = "activity-alias"
        case service, receiver, provider
    }

    public var kind: Kind
    /// Fully qualified class name (for an alias: the alias name).
    public var name: String
    /// For `<activity-alias>`: the fully qualified target activity.
    public var targetActivity: String?
    /// Effective exported flag under Android's rules.
    public var exported: Bool
    /// The explicit `android:exported`, nil when absent.
    public var exportedExplicit: Bool?
    public var enabled: Bool
    public var permission: String?
    public var readPermission: String?
    public var writePermission: String?
    public var process: String?
    /// Raw `android:foregroundServiceType` flags and their names ("location", "camera"...).
    public var foregroundServiceType: [String]?
    public var authorities: [String]?
    public var grantUriPermissions: Bool?
    public var directBootAware: Bool?
    public var intentFilters: [IntentFilter] = []
    public var metaData: [MetaData] = []
    public var line: Int

    /// `<receiver name="com.example.BootReceiver">`, the element as a tester finds it in the manifest.
    public var elementText: String { "<\(kind.rawValue) name=\"\(name)\">" }

    public var evidence: Evidence {
        Evidence(.manifestElement, file: "AndroidManifest.xml", location: elementText,
                 detail: "line \(line)")
    }

    public var actions: [String] { intentFilters.flatMap(\.actions) }
}
