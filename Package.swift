// swift-tools-version: 6.0
// The package reads as the pipeline: CYAML (libyaml) -> HandsetCore (load, decode, resolve, validate)
// -> HandsetCLI (commands) -> handset (main.swift). handset-bench times each phase on synthetic fleets.
import Foundation
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Handset",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "handset", targets: ["handset"]),
        .library(name: "HandsetCore", targets: ["HandsetCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "HandsetCore",
            dependencies: ["CYAML", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(name: "HandsetEmitters", dependencies: ["HandsetCore"], swiftSettings: swiftSettings),
        .target(name: "CSystemShims", linkerSettings: [.linkedLibrary("crypt")]),
        .target(
            name: "HandsetPublish",
            dependencies: ["HandsetCore", "HandsetEmitters", "CSystemShims", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // The live side: `check` replays phones' boots over HTTP, `resync` tells phones to fetch (SIP, AMI, ESL).
        .target(
            name: "HandsetCheck",
            dependencies: ["HandsetCore", "HandsetPublish", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(name: "HandsetResync", dependencies: ["HandsetCore"], swiftSettings: swiftSettings),
        .target(
            name: "HandsetCLI",
            dependencies: [
                "HandsetCore",
                "HandsetEmitters",
                "HandsetPublish",
                "HandsetCheck",
                "HandsetResync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["VersionStamp"]
        ),
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .executableTarget(name: "handset", dependencies: ["HandsetCLI"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "handset-bench",
            dependencies: ["HandsetCore", "HandsetEmitters", "HandsetPublish", "CYAML"],
            swiftSettings: swiftSettings
        ),
        .target(name: "HandsetTestSupport", dependencies: ["HandsetCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HandsetCoreTests",
            dependencies: ["HandsetCore", "HandsetTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HandsetEmittersTests",
            dependencies: ["HandsetEmitters", "HandsetTestSupport"],
            exclude: ["Fixtures", "Golden", "KeyLists"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HandsetPublishTests",
            dependencies: ["HandsetPublish", "HandsetTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HandsetCLITests",
            dependencies: ["HandsetCLI", "HandsetTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)

// The libFuzzer target exists only for scripts/fuzz.sh: libFuzzer supplies its main, so an ordinary build could not
// link it.
if ProcessInfo.processInfo.environment["HANDSET_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "handset-fuzz", dependencies: ["HandsetCore"], path: "Fuzz/handset-fuzz",
        swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])]))
}
