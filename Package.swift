// swift-tools-version: 6.0
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "mlcareers",
    products: [
        .executable(name: "mlcareers", targets: ["mlcareers"]),
        .library(name: "CareerEngine", targets: ["CareerEngine"]),
        .library(name: "SyntheticRules", targets: ["SyntheticRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The engine: knowledge base, rules, matcher, conversation, answers. No terminal code, no I/O.
        .target(
            name: "CareerEngine",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift
        ),
        // libedit, as installed by Debian's libedit-dev, plus a shim for its variadic functions.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Plain C wrappers for what Swift cannot call in libedit (variadic functions, C stdio globals).
        .target(name: "CLineEditing", dependencies: ["CLibEdit"], linkerSettings: [.linkedLibrary("edit")]),
        // The command-line shell over the engine; the shipped Intents/ are embedded at build time.
        .executableTarget(
            name: "mlcareers",
            dependencies: [
                "CareerEngine", "CLibEdit", "CLineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift,
            plugins: ["EmbedIntents"]
        ),
        // Generated rule sets of any size, for benchmarks and the scale test.
        .target(name: "SyntheticRules", dependencies: ["CareerEngine"], swiftSettings: strictSwift),
        .executableTarget(name: "EmbedIntentsTool", swiftSettings: strictSwift),
        .plugin(name: "EmbedIntents", capability: .buildTool(), dependencies: ["EmbedIntentsTool"]),
        // Test-only helper: starts a program on a pseudo-terminal (glibc hides these calls from Swift).
        .target(name: "CPseudoTerminal", linkerSettings: [.linkedLibrary("util")]),
        // Reads the transcript files and the repository's data, for both test targets.
        .target(
            name: "TranscriptKit", dependencies: ["CareerEngine"], path: "Tests/TranscriptKit",
            swiftSettings: strictSwift),
        .testTarget(
            name: "CareerEngineTests",
            dependencies: ["CareerEngine", "TranscriptKit", "SyntheticRules"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["CPseudoTerminal", "CareerEngine", "TranscriptKit"],
            swiftSettings: strictSwift
        ),
    ],
    swiftLanguageModes: [.v6]
)
