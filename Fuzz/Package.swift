// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for Mingcha's parsers of untrusted bytes. A separate package so the root build
// never sees sanitizer flags; build through scripts/fuzz.sh, which adds `-sanitize=fuzzer,address`
// for every module (MingchaKit included, so libFuzzer gets its coverage).
// Tools version 5.4: newer ones rename an executable's `main` for testable executables in debug
// builds, which clashes with the `main` libFuzzer supplies.
let targets = ["FuzzZip", "FuzzAXML", "FuzzArsc", "FuzzDex", "FuzzSigning", "FuzzWxapkg", "FuzzPolicy", "FuzzServerRequest"]

let package = Package(
    name: "MingchaFuzz",
    dependencies: [.package(name: "Mingcha", path: "..")],
    targets: targets.map { name in
        // No `main`: libFuzzer supplies it and calls LLVMFuzzerTestOneInput.
        .executableTarget(name: name, dependencies: [.product(name: "MingchaKit", package: "Mingcha")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
