// swift-tools-version:5.10
import Foundation
import PackageDescription

// Test targets are the folders under Tests/ named *Tests that hold Swift files (one per pipeline stage).
let testRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tests")
let testFolders = ((try? FileManager.default.contentsOfDirectory(atPath: testRoot.path)) ?? [])
    .filter { name in
        name.hasSuffix("Tests") && ((try? FileManager.default.contentsOfDirectory(atPath: testRoot.appendingPathComponent(name).path)) ?? [])
            .contains { $0.hasSuffix(".swift") }
    }
    .sorted()
// End-to-end tests run the built binary, so they depend on it.
let testTargets: [Target] = testFolders.map { name in
    .testTarget(name: name, dependencies: name == "CLITests" ? ["MingchaKit", "mingcha"] : ["MingchaKit"])
}

// Concrete generic types (Dictionary<K, V>, KeyedEncodingContainer<CodingKeys>, ...) get metadata
// accessor functions instead of lookups by mangled name: each first lookup by name scans every
// protocol conformance in the (static) binary to check K: Hashable and the like, ~420K
// instructions apiece and dozens per process. Measured on a small app: 178.3M -> 162.7M
// instructions, 2.5-3 ms of wall time (README, performance).
let metadataAccessors: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

// One library (everything but the command line), one executable, system libraries found via pkg-config.
let package = Package(
    name: "Mingcha",
    products: [
        .executable(name: "mingcha", targets: ["mingcha"]),
        .library(name: "MingchaKit", targets: ["MingchaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibzip", path: "Sources/CLibzip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CLibxml2", path: "Sources/CLibxml2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CDeflate", path: "Sources/CDeflate", pkgConfig: "libdeflate",
                       providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        // Our own C: policy downloads through libcurl, loaded with dlopen when one is fetched.
        // DWARF 4 like the Swift objects: valgrind 3.19 (callgrind, massif) cannot read clang's DWARF 5.
        .target(name: "CHTTPGet", path: "Sources/CHTTPGet", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // Our own C: starting batch children with posix_spawn's closefrom action (see cspawn.h).
        .target(name: "CProcess", path: "Sources/CProcess", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(name: "MingchaKit", dependencies: ["CLibzip", "CLibxml2", "COpenSSL", "CDeflate", "CHTTPGet", "CProcess"],
                swiftSettings: metadataAccessors),
        .executableTarget(name: "mingcha", dependencies: [
            "MingchaKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: metadataAccessors),
    ] + testTargets
)
