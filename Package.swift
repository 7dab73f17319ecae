// swift-tools-version:5.10
import PackageDescription

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
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "openssl",
                       providers: [.apt(["libssl-dev"])]),
        .target(name: "MingchaKit", dependencies: ["CLibzip", "CLibxml2", "COpenSSL"]),
        .executableTarget(name: "mingcha", dependencies: [
            "MingchaKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MingchaKitTests", dependencies: ["MingchaKit"]),
    ]
)
