// swift-tools-version: 6.0
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which differs between checkouts.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// libFuzzer targets, in their own package so the main build stays lean. Build and run them with
// `bash Fuzz/run.sh [SECONDS]`: it instruments every module, engine and Yams included, for
// AddressSanitizer and libFuzzer's coverage. Each target's main hands one FuzzHarness call to libFuzzer.
// The fuzz targets link libFuzzer; run.sh instruments every module for coverage and ASan with -Xswiftc
// flags, which also reach the main package's build tools: those must not get libFuzzer's runtime.
let fuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "MLCareersFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // What each target does with one input; Tests/CareerEngineTests/FuzzHarness.swift links to this
        // file, so the regression tests replay saved inputs through exactly the same calls.
        .target(name: "FuzzHarness", dependencies: [.product(name: "CareerEngine", package: main)]),
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzHarness", "CFuzzerDriver"], linkerSettings: fuzzer),
        .executableTarget(name: "FuzzPattern", dependencies: ["FuzzHarness", "CFuzzerDriver"], linkerSettings: fuzzer),
        .executableTarget(
            name: "FuzzConversation", dependencies: ["FuzzHarness", "CFuzzerDriver"], linkerSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
